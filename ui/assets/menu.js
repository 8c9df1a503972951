// A menu button's menu (WAI-ARIA menu button pattern): opened by click,
// Enter or Space; arrow keys, Home and End move between items; Escape or
// Tab closes it and focus returns to the button.

let openOne = null;

export function openMenu(button, items) {
  if (openOne) {
    const same = openOne.button === button;
    openOne.close(false);
    if (same) return;
  }
  const menu = document.createElement("ul");
  menu.className = "menu";
  menu.setAttribute("role", "menu");
  menu.setAttribute("aria-label", button.textContent);
  const entries = items.map((item) => {
    const li = document.createElement("li");
    li.setAttribute("role", "none");
    const b = document.createElement("button");
    b.type = "button";
    b.setAttribute("role", "menuitem");
    b.tabIndex = -1;
    b.textContent = item.label;
    b.addEventListener("click", () => {
      close(false);
      item.run();
    });
    li.append(b);
    menu.append(li);
    return b;
  });

  function close(refocus) {
    menu.remove();
    button.setAttribute("aria-expanded", "false");
    document.removeEventListener("pointerdown", outside, true);
    if (openOne && openOne.button === button) openOne = null;
    if (refocus) button.focus();
  }
  function outside(e) {
    if (!menu.contains(e.target) && e.target !== button && !button.contains(e.target)) close(false);
  }
  menu.addEventListener("keydown", (e) => {
    const i = entries.indexOf(document.activeElement);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: entries.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      entries[(to + entries.length) % entries.length].focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Tab") {
      close(false);
    }
  });

  button.after(menu);
  button.setAttribute("aria-expanded", "true");
  document.addEventListener("pointerdown", outside, true);
  openOne = { button, close };
  entries[0].focus();
}
