// Add a candidate to a job: drop a resume (or choose one), let the API
// parse it (POST /resumes/parse), check the prefilled fields, and create
// the candidate on the job with the resume (POST /candidates).

import { request, missingRoute, newIdempotencyKey } from "./api.js";
import { h, put, errorBox, note, loading, announce, size } from "./dom.js";

export async function addView(main, { id, signal }) {
  put(main, loading("the job"));
  const job = (await request("GET", `jobs/${id}`, { signal })).data;
  document.title = `Add a candidate · ${job.title} · atsbridge`;

  let file = null;
  // One Idempotency-Key per distinct candidate sent: the same body again
  // is the same create, a changed body a new one.
  let sent = { body: "", key: "" };
  const input = h("input", { id: "resume-file", type: "file", accept: ".pdf,.docx,.odt,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  const zoneStatus = h("div", { class: "zone-status" });
  const parsed = h("section", { class: "parsed", "aria-label": "Found in the resume" });
  const zone = h("div", { class: "dropzone" },
    h("label", { for: "resume-file" }, h("strong", {}, "Drop a resume here"), " (PDF or DOCX, up to 4 MB), or choose a file:"),
    input, zoneStatus);
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (e) => {
      if (!e.dataTransfer.types.includes("Files")) return;
      e.preventDefault();
      zone.classList.add("over");
    });
  }
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer.files.length) chosen(e.dataTransfer.files[0]);
  });
  input.addEventListener("change", () => input.files.length && chosen(input.files[0]));

  const fields = {
    name: h("input", { id: "add-name", name: "name", required: true, autocomplete: "off", maxlength: "200" }),
    email: h("input", { id: "add-email", name: "email", type: "email", required: true, autocomplete: "off" }),
    phone: h("input", { id: "add-phone", name: "phone", type: "tel", autocomplete: "off", maxlength: "50" }),
    headline: h("input", { id: "add-headline", name: "headline", autocomplete: "off", maxlength: "255" }),
    source: h("input", { id: "add-source", name: "source", autocomplete: "off", maxlength: "100" }),
  };
  const labels = { name: "Name (required)", email: "Email (required)", phone: "Phone", headline: "Headline", source: "Source" };
  const status = h("div", { class: "status" });
  const submit = h("button", { type: "submit", class: "primary" }, `Add to ${job.title}`);
  const form = h("form", { class: "candidate-form", novalidate: true, onsubmit: (e) => {
    e.preventDefault();
    create(true);
  } },
    Object.entries(fields).map(([k, el]) => h("div", { class: "field" }, h("label", { for: el.id }, labels[k]), el)),
    status,
    h("div", { class: "actions" }, submit, h("a", { class: "button", href: `#/jobs/${job.id}` }, "Cancel")));

  put(main,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/jobs" }, "Jobs"), " / ", h("a", { href: `#/jobs/${job.id}` }, job.title), " / add"),
    h("h1", {}, `Add a candidate to ${job.title}`),
    job.status === "open" ? null : note(`This job is ${job.status}: the ATS takes applications to open jobs only.`),
    h("div", { class: "add" }, h("div", {}, zone, parsed), form));

  // chosen parses the file and fills in the fields the resume gives.
  async function chosen(f) {
    file = f;
    put(parsed);
    put(zoneStatus, h("p", { role: "status" }, `Reading ${f.name} (${size(f.size)})…`));
    const form = new FormData();
    form.append("resume", f, f.name);
    try {
      const env = await request("POST", "resumes/parse", { body: form, signal });
      put(zoneStatus, h("p", { role: "status" }, `Read ${f.name}: check the fields, then add the candidate.`));
      const cand = env.data.candidate || {};
      for (const k of ["name", "email", "phone", "headline"]) {
        if (cand[k]) fields[k].value = cand[k];
      }
      put(parsed, ...summary(f.name, env.data));
    } catch (e) {
      if (e.name === "AbortError") return;
      put(zoneStatus, errorBox(e, `Reading ${f.name}`),
        note("You can still fill in the fields and add the candidate with this file."));
    }
  }

  // create sends the candidate, with the resume when one was chosen and
  // withResume is set.
  async function create(withResume) {
    put(status);
    const body = { job_id: job.id };
    for (const [k, el] of Object.entries(fields)) if (el.value.trim()) body[k] = el.value.trim();
    const missing = ["name", "email"].filter((k) => !body[k]);
    if (missing.length) {
      put(status, h("p", { class: "error", role: "alert" }, `Fill in ${missing.join(" and ")}.`));
      fields[missing[0]].focus();
      return;
    }
    if (file && withResume) body.resume = { filename: file.name, content_type: file.type || "application/octet-stream", data: await base64(file) };
    submit.disabled = true;
    put(status, h("p", { role: "status" }, "Adding…"));
    const text = JSON.stringify(body);
    if (text !== sent.body) sent = { body: text, key: newIdempotencyKey() };
    try {
      const env = await request("POST", "candidates", { json: body, idempotencyKey: sent.key });
      announce(`Added ${env.data.name} to ${job.title}`);
      location.hash = `#/jobs/${job.id}`;
    } catch (e) {
      submit.disabled = false;
      put(status, errorBox(e, "Adding the candidate"), ...next(e));
    }
  }

  // next offers the way on after a refusal that has one.
  function next(e) {
    const d = e.details.find((x) => x.existing_id) || {};
    if (d.field === "resume" && d.existing_id) {
      return [h("p", {}, h("a", { href: `#/candidates/${d.existing_id}` }, `Open ${d.existing_id}`), " ",
        h("button", { type: "button", onclick: () => attach(d.existing_id) }, "Send the resume again"))];
    }
    if (e.code === "CANDIDATE_EXISTS" && d.existing_id) {
      return [h("p", {}, h("a", { href: `#/candidates/${d.existing_id}` }, `Open ${d.existing_id}`), " ",
        h("button", { type: "button", onclick: () => apply(d.existing_id) }, `Apply ${d.existing_id} to this job`))];
    }
    if (file && (e.code === "NOT_SUPPORTED" || e.details.some((x) => x.field === "resume" || x.field.startsWith("resume.")))) {
      return [h("p", {}, h("button", { type: "button", onclick: () => create(false) }, "Add without the resume"))];
    }
    return [];
  }

  async function attach(candidateID) {
    const form = new FormData();
    form.append("resume", file, file.name);
    try {
      await request("POST", `candidates/${candidateID}/resume`, { body: form });
      location.hash = `#/candidates/${candidateID}`;
    } catch (e) {
      put(status, errorBox(e, "Sending the resume"), missingRoute(e) ? note("This server cannot attach a resume to an existing candidate.") : "");
    }
  }

  async function apply(candidateID) {
    try {
      await request("POST", "applications", { json: { candidate_id: candidateID, job_id: job.id } });
      announce(`Applied ${candidateID} to ${job.title}`);
      location.hash = `#/jobs/${job.id}`;
    } catch (e) {
      put(status, errorBox(e, `Applying ${candidateID}`));
    }
  }
}

// summary lists what the parser found, for the person to check.
function summary(filename, data) {
  const r = data.resume || {};
  const b = r.basics || {};
  const rows = [
    ["Name", b.name], ["Email", b.email], ["Phone", b.phone], ["Headline", b.label],
    ["Location", b.location && [b.location.city, b.location.countryCode].filter(Boolean).join(", ")],
    ["Work", (r.work || []).slice(0, 4).map((w) => [w.position, w.name].filter(Boolean).join(" at ") + period(w)).join("; ")],
    ["Education", (r.education || []).slice(0, 3).map((e) => [e.studyType, e.area, e.institution].filter(Boolean).join(", ")).join("; ")],
    ["Skills", (r.skills || []).flatMap((s) => s.keywords && s.keywords.length ? s.keywords : [s.name]).slice(0, 12).join(", ")],
  ].filter(([, v]) => v);
  const warnings = (data.meta && data.meta.warnings) || [];
  return [
    h("h2", {}, `Found in ${filename}`),
    h("dl", { class: "details" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    warnings.length ? h("div", { class: "warnings" }, h("p", {}, "Check these:"), h("ul", {}, warnings.map((w) => h("li", {}, w)))) : null,
  ];
}

function period(w) {
  if (!w.startDate) return "";
  return ` (${w.startDate}–${w.endDate || "now"})`;
}

// base64 reads a file as base64, for the JSON body of POST /candidates.
function base64(file) {
  return new Promise((resolve, reject) => {
    const rd = new FileReader();
    rd.onload = () => resolve(String(rd.result).replace(/^data:[^,]*,/, ""));
    rd.onerror = () => reject(rd.error);
    rd.readAsDataURL(file);
  });
}
