use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{EXPORT_FORMAT, ImportError};
use crate::model::bounds::{Bounded, OutOfRange};
use crate::model::{OurGroup, Partner, RecordId, SCHEMA_VERSION, Workspace};
use crate::team::SHARED_STATE_KEY;

/// The deepest nesting of arrays and objects an import accepts.
pub const MAX_NESTING: usize = 64;

/// Refuses text nested deeper than [`MAX_NESTING`] before parsing it.
pub(super) fn check_nesting(text: &str) -> Result<(), ImportError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(ImportError::TooDeep);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Checks the envelope and returns the schema version and the workspace.
/// Opens a file's envelope: its schema version, its workspace, and the
/// documents' states beside it, if it has them.
pub(super) fn open_envelope(value: Value) -> Result<(u32, Value, Option<Value>), ImportError> {
    let Value::Object(mut envelope) = value else {
        return Err(ImportError::NotAnExport);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = envelope
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|version| u32::try_from(version).ok())
        .filter(|&version| version >= 1)
        .ok_or(ImportError::BadVersion)?;
    if version > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let shared = envelope.remove(SHARED_STATE_KEY);
    match envelope.remove("workspace") {
        Some(workspace @ Value::Object(_)) => Ok((version, workspace, shared)),
        Some(_) => Err(ImportError::Invalid {
            record: "The file".into(),
            problem: "\"workspace\" is not an object".into(),
        }),
        None => Err(ImportError::MissingField {
            record: "The file".into(),
            field: "workspace".into(),
        }),
    }
}

/// Reads every record of a migrated workspace, naming the first one at fault.
pub(super) fn read_workspace(value: Value) -> Result<Workspace, ImportError> {
    let Value::Object(mut fields) = value else {
        return Err(ImportError::Invalid {
            record: "The file".into(),
            problem: "\"workspace\" is not an object".into(),
        });
    };
    let our_group = match fields.remove("our_group") {
        Some(group) => read("Your group's details".into(), group)?,
        None => OurGroup::default(),
    };
    let partners = read_list(fields.remove("partners"), "partners", |index, value| {
        describe("Partner", index, value.pointer("/organization/name"))
    })?;
    let coalitions = read_list(fields.remove("coalitions"), "coalitions", |index, value| {
        describe("Coalition", index, value.get("name"))
    })?;
    Ok(Workspace {
        our_group,
        partners,
        coalitions,
    })
}

/// Checks what types alone cannot: names present, dates and amounts in
/// their ranges, and every id unique.
pub fn check_workspace(workspace: &Workspace) -> Result<(), ImportError> {
    let out_of_range = |record: String, error: OutOfRange| ImportError::Invalid {
        record,
        problem: error.to_string(),
    };
    workspace
        .our_group
        .check_bounds()
        .map_err(|error| out_of_range("Your group's details".into(), error))?;
    let mut seen: HashMap<RecordId, String> = HashMap::new();
    let mut note = |id: RecordId, owner: &dyn Fn() -> String| match seen.get(&id) {
        Some(first) => Err(ImportError::DuplicateId {
            id,
            first: first.clone(),
            second: owner(),
        }),
        None => {
            seen.insert(id, owner());
            Ok(())
        }
    };
    for (index, partner) in workspace.partners.iter().enumerate() {
        let name = || partner_label(index, partner);
        if partner.name().trim().is_empty() {
            return Err(ImportError::Invalid {
                record: name(),
                problem: "the organization's name is empty".into(),
            });
        }
        partner
            .check_bounds()
            .map_err(|error| out_of_range(name(), error))?;
        for id in partner.record_ids() {
            note(id, &name)?;
        }
    }
    for (index, coalition) in workspace.coalitions.iter().enumerate() {
        let name = || describe_name("Coalition", index, &coalition.name);
        if coalition.name.trim().is_empty() {
            return Err(ImportError::Invalid {
                record: name(),
                problem: "the coalition's name is empty".into(),
            });
        }
        coalition
            .check_bounds()
            .map_err(|error| out_of_range(name(), error))?;
        note(coalition.id, &name)?;
        for entry in &coalition.log {
            note(entry.id, &name)?;
        }
        if let Some(missing) = coalition
            .partner_ids
            .iter()
            .find(|id| workspace.partner(**id).is_none())
        {
            return Err(ImportError::Invalid {
                record: name(),
                problem: format!("it lists a partner ({missing}) that is not in the file"),
            });
        }
    }
    Ok(())
}

fn read_list<T: DeserializeOwned>(
    value: Option<Value>,
    field: &str,
    describe: impl Fn(usize, &Value) -> String,
) -> Result<Vec<T>, ImportError> {
    match value {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let record = describe(index, &item);
                read(record, item)
            })
            .collect(),
        Some(_) => Err(ImportError::Invalid {
            record: "The file".into(),
            problem: format!("\"{field}\" is not a list"),
        }),
    }
}

/// Reads one checked record into its type. It goes through text on purpose:
/// loading from storage parses text straight into records, and sharing that
/// one parser keeps a second copy of every record's reader out of the app.
fn read<T: DeserializeOwned>(record: String, value: Value) -> Result<T, ImportError> {
    serde_json::from_str(&value.to_string()).map_err(|error| ImportError::in_record(record, &error))
}

fn describe(kind: &str, index: usize, name: Option<&Value>) -> String {
    describe_name(kind, index, name.and_then(Value::as_str).unwrap_or(""))
}

pub(super) fn describe_name(kind: &str, index: usize, name: &str) -> String {
    if name.trim().is_empty() {
        format!("{kind} {}", index + 1)
    } else {
        format!("{kind} {} (\u{201c}{name}\u{201d})", index + 1)
    }
}

fn partner_label(index: usize, partner: &Partner) -> String {
    describe_name("Partner", index, partner.name())
}
