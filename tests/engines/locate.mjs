// Finds elements by role and accessible name inside the page, the same way in
// every engine. Each driver runs `locate` in the page (it is self-contained and
// serialized by the driver), so a step names "the button Add partner" once and
// Chromium, Firefox and WebKit all find the same element.

/**
 * The visible elements matching `query` ({ role, name, exact, within }), where
 * `within` is another query for the container to search. Roles: button, link,
 * textbox, combobox, checkbox, field (any labelled form control, including
 * date, time and file inputs), heading, region, list, group, dialog, alert,
 * status, navigation.
 */
export function locate(query) {
  const collapse = (text) => (text ?? "").replace(/\s+/g, " ").trim();
  const textOf = (element) => collapse(element.textContent);
  const byIds = (ids) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter(Boolean)
      .map(textOf)
      .join(" ");
  const nameOf = (element) => {
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) return collapse(byIds(labelledBy));
    const label = element.getAttribute("aria-label");
    if (label) return collapse(label);
    if (element.labels && element.labels.length > 0) {
      return collapse([...element.labels].map(textOf).join(" "));
    }
    if (/^(BUTTON|A|H[1-6]|SUMMARY|LEGEND)$/.test(element.tagName)) return textOf(element);
    if (element.tagName === "FIELDSET") {
      const legend = element.querySelector(":scope > legend");
      return legend ? textOf(legend) : "";
    }
    return collapse(element.getAttribute("title"));
  };
  const selectors = {
    button: "button, [role=button], input[type=button], input[type=submit]",
    link: "a[href], [role=link]",
    textbox:
      "textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=search], [role=textbox]",
    combobox: "select, [role=combobox]",
    checkbox: "input[type=checkbox], [role=checkbox]",
    field: "input, textarea, select",
    heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
    region: "section[aria-label], section[aria-labelledby], [role=region]",
    list: "ul, ol, [role=list]",
    group: "fieldset, [role=group]",
    dialog: "dialog, [role=dialog]",
    alert: "[role=alert]",
    status: "[role=status], output",
    navigation: "nav, [role=navigation]",
  };
  const visible = (element) =>
    element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
  const matches = (element, wanted) => {
    if (wanted.name === undefined) return true;
    const name = nameOf(element);
    if (wanted.name instanceof RegExp) return wanted.name.test(name);
    return wanted.exact === false ? name.includes(wanted.name) : name === wanted.name;
  };
  const find = (wanted, scopes) => {
    const selector = selectors[wanted.role];
    if (!selector) throw new Error(`locate: no role ${wanted.role}`);
    const found = [];
    for (const scope of scopes) {
      for (const element of scope.querySelectorAll(selector)) {
        if (visible(element) && matches(element, wanted) && !found.includes(element)) found.push(element);
      }
    }
    return found;
  };
  const revive = (wanted) =>
    wanted.pattern ? { ...wanted, name: new RegExp(wanted.pattern, wanted.flags) } : wanted;
  const scopes = query.within ? find(revive(query.within), [document]) : [document];
  return find(revive(query), scopes);
}

/** A query's name as JSON can carry it: a RegExp becomes its source and flags. */
export function serializable(query) {
  if (!query) return query;
  const within = query.within ? serializable(query.within) : undefined;
  if (query.name instanceof RegExp) {
    const { name, ...rest } = query;
    return { ...rest, pattern: name.source, flags: name.flags, within };
  }
  return { ...query, within };
}

/** How a query reads in a failure message: `button "Add partner"`. */
export function describe(query) {
  const inside = query.within ? ` in ${describe(query.within)}` : "";
  const name = query.name === undefined ? "" : ` ${query.name instanceof RegExp ? query.name : `"${query.name}"`}`;
  return `${query.role}${name}${inside}`;
}
