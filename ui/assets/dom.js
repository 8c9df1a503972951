// Small helpers to build the page: elements, dates, errors, announcements.

import { ApiError } from "./api.js";

// h builds an element: h("a", {href: "#/jobs", class: "x"}, "text", child).
// Attributes that are false, null or undefined are left out; on* keys
// add event listeners.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });

// date shows a timestamp as a date in the person's locale, in a <time>.
export function date(iso) {
  if (!iso) return "";
  return h("time", { datetime: iso }, dateFormat.format(new Date(iso)));
}

// errorBox shows an API error in words: what failed, why, each field's
// problem, and the request id to quote.
export function errorBox(err, what) {
  if (!(err instanceof ApiError)) {
    err = new ApiError({ title: "Something went wrong in this page", message: String(err && err.message ? err.message : err) });
  }
  return h("div", { class: "error", role: "alert" },
    h("p", {}, h("strong", {}, what ? `${what}: ` : "", err.title || "Error"), err.code ? ` (${err.code})` : "", ". ", err.message),
    err.details.length ? h("ul", {}, err.details.map((d) => h("li", {}, h("code", {}, d.field), " ", d.problem, d.existing_id ? ` (existing: ${d.existing_id})` : ""))) : null,
    err.requestId ? h("p", { class: "rid" }, "Request id: ", h("code", {}, err.requestId)) : null);
}

// note shows a calm message (an empty state, something not available).
export function note(...children) {
  return h("p", { class: "note" }, ...children);
}

// announce tells screen readers what just happened (a move, a rejection).
export function announce(text) {
  const live = document.getElementById("live");
  live.textContent = "";
  requestAnimationFrame(() => (live.textContent = text));
}

// loading is the placeholder a view shows while it waits.
export function loading(what) {
  return h("p", { class: "loading", role: "status" }, `Loading ${what}…`);
}

// kb formats a byte count for people.
export function size(n) {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

// put replaces an element's children, leaving out null, undefined and
// false (which replaceChildren would print as text).
export function put(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}
