//! Undo of a removal when the record changed again since: the listed
//! records and ids the removal took are put back in their places, at every
//! depth, and everything else stays as it is now, so no later edit is lost.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::fields::{ID_LISTS, RECORD_LISTS};

/// `now` with every listed record and id that `before` held and `now`
/// lacks put back where it was; `None` only if the record cannot be read
/// as JSON, which the model's records always can.
pub fn with_removed_put_back<R: Serialize + DeserializeOwned>(now: &R, before: &R) -> Option<R> {
    let mut now = serde_json::to_value(now).ok()?;
    let before = serde_json::to_value(before).ok()?;
    put_back(&mut now, &before);
    serde_json::from_value(now).ok()
}

/// Puts back into `now`'s lists what `before`'s lists held, recursively.
fn put_back(now: &mut Value, before: &Value) {
    let (Value::Object(now), Value::Object(before)) = (now, before) else {
        return;
    };
    for (key, before_items) in before {
        let (Some(Value::Array(now_items)), Value::Array(before_items)) =
            (now.get_mut(key), before_items)
        else {
            continue;
        };
        if RECORD_LISTS.contains(&key.as_str()) {
            for (index, before_item) in before_items.iter().enumerate() {
                let id = before_item.get("id");
                match now_items.iter_mut().find(|item| item.get("id") == id) {
                    Some(now_item) => put_back(now_item, before_item),
                    None => now_items.insert(index.min(now_items.len()), before_item.clone()),
                }
            }
        } else if ID_LISTS.contains(&key.as_str()) {
            for (index, id) in before_items.iter().enumerate() {
                if !now_items.contains(id) {
                    now_items.insert(index.min(now_items.len()), id.clone());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::*;
    use crate::model::{
        AgendaItem, AgendaSection, Coalition, Meeting, Partner, Person, RecordId, Stage,
    };

    #[test]
    fn removed_records_come_back_in_place_and_later_edits_stay() {
        let now = Utc::now();
        let mut before = Partner::new("Casa", now).unwrap();
        before.people = vec![Person::new("Ana", now), Person::new("Luis", now)];
        let mut meeting = Meeting::new(now);
        meeting
            .agenda
            .push(AgendaItem::new(AgendaSection::Listening, now));
        before.meetings.push(meeting);

        let mut later = before.clone();
        later.people.remove(0);
        later.meetings[0].agenda.clear();
        later.stage = Stage::Met;
        later.people[0].name = "Luis Ortiz".into();
        later.updated_at = now + Duration::minutes(1);

        let restored = with_removed_put_back(&later, &before).unwrap();
        let names: Vec<&str> = restored.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Luis Ortiz"]);
        assert_eq!(restored.meetings[0].agenda, before.meetings[0].agenda);
        assert_eq!(restored.stage, Stage::Met);
        assert_eq!(restored.updated_at, later.updated_at);
    }

    #[test]
    fn a_coalition_gets_back_the_partners_it_lost() {
        let now = Utc::now();
        let [a, b, c] = [RecordId::random(), RecordId::random(), RecordId::random()];
        let before = Coalition {
            partner_ids: vec![a, b],
            ..Coalition::new("Fair Work", now).unwrap()
        };
        let later = Coalition {
            partner_ids: vec![b, c],
            notes: "Meets monthly".into(),
            ..before.clone()
        };
        let restored = with_removed_put_back(&later, &before).unwrap();
        assert_eq!(restored.partner_ids, [a, b, c]);
        assert_eq!(restored.notes, "Meets monthly");
    }
}
