// The dashboard's entry: the banner that says which ATS this is, the key
// prompt, and the hash router that picks a view. Views are bookmarkable:
// #/jobs?status=open, #/jobs/job_063, #/jobs/job_063/add, #/candidates/cand_001.

import { request, onKeyNeeded, apiKey, forgetKey, apiBase } from "./api.js";
import { h, put, errorBox } from "./dom.js";
import { jobsView } from "./jobs.js";
import { pipelineView } from "./pipeline.js";
import { candidateView } from "./candidate.js";
import { addView } from "./add.js";

const main = document.getElementById("main");
const routes = [
  [/^\/jobs$/, jobsView],
  [/^\/jobs\/([\w-]+)$/, pipelineView],
  [/^\/jobs\/([\w-]+)\/add$/, addView],
  [/^\/candidates\/([\w-]+)$/, candidateView],
];

let current = null;

// route renders the view the hash names, cancelling the requests of the
// view it replaces.
async function route(moveFocus) {
  const hash = location.hash.replace(/^#/, "") || "/jobs";
  const [path, qs] = hash.split("?");
  if (current) current.abort();
  // A dialog belongs to the view it was opened on (back while rejecting).
  for (const d of document.querySelectorAll("dialog[open]")) if (d.id !== "key-dialog") d.close();
  const ctl = new AbortController();
  current = ctl;
  for (const [re, view] of routes) {
    const m = re.exec(path);
    if (!m) continue;
    try {
      await view(main, { id: m[1], params: new URLSearchParams(qs || ""), signal: ctl.signal });
    } catch (e) {
      if (e.name === "AbortError") return;
      put(main, h("h1", {}, "This page could not be shown"), errorBox(e), h("p", {}, h("a", { href: "#/jobs" }, "Back to the jobs")));
    }
    if (moveFocus && current === ctl) {
      const h1 = main.querySelector("h1");
      if (h1) {
        h1.tabIndex = -1;
        h1.focus();
      }
    }
    return;
  }
  location.replace("#/jobs");
}

// banner shows the provider and the mode on every page, from /healthz.
async function banner() {
  const el = document.getElementById("mode");
  try {
    const env = await request("GET", "healthz");
    const d = env.data;
    const name = d.provider.charAt(0).toUpperCase() + d.provider.slice(1);
    el.className = "mode " + d.mode;
    put(el,
      d.mode === "preview"
        ? h("span", {}, h("strong", {}, "Preview sandbox"), ": changes stay on this machine")
        : h("span", {}, h("strong", {}, `Live ${name}`), ": changes go to your ATS"),
      h("span", { class: "provider" }, ` · provider ${d.provider} · mode ${d.mode}`));
  } catch (e) {
    el.className = "mode unknown";
    put(el, `The API at ${apiBase.pathname} did not say which ATS it serves: ${e.message}`);
  }
  keyButton();
}

// keyButton offers to forget the key this tab holds.
function keyButton() {
  const slot = document.getElementById("key-slot");
  put(slot, apiKey() ? h("button", { type: "button", class: "link", onclick: () => { forgetKey(); keyButton(); } }, "Forget API key") : "");
}

// askForKey shows the key dialog with the API's answer and resolves to the
// key the person types, or rejects when they cancel.
function askForKey(err) {
  const dialog = document.getElementById("key-dialog");
  const form = dialog.querySelector("form");
  const input = dialog.querySelector("input");
  dialog.querySelector(".why").replaceChildren(errorBox(err, "The API asks for a key"));
  input.value = "";
  return new Promise((resolve, reject) => {
    const done = (key) => {
      form.removeEventListener("submit", submit);
      dialog.removeEventListener("close", cancel);
      dialog.close();
      keyButton();
      key ? resolve(key) : reject(err);
    };
    const submit = (e) => {
      e.preventDefault();
      const key = input.value.trim();
      if (key) done(key);
    };
    const cancel = () => done("");
    form.addEventListener("submit", submit);
    dialog.addEventListener("close", cancel);
    dialog.querySelector(".cancel").onclick = () => done("");
    dialog.showModal();
    input.focus();
  });
}

onKeyNeeded(askForKey);
document.querySelector(".skip").addEventListener("click", (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", () => route(true));
banner();
route(false);
