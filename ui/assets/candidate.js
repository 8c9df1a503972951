// A candidate's page: details, every application with its job and stage,
// and the resume, shown inline when it is a PDF and always downloadable.

import { request, walk, missingRoute, url } from "./api.js";
import { h, put, date, errorBox, note, loading, size } from "./dom.js";

let resumeURL = "";

export async function candidateView(main, { id, signal }) {
  if (resumeURL) URL.revokeObjectURL(resumeURL);
  resumeURL = "";
  put(main, loading("the candidate"));
  const c = (await request("GET", `candidates/${id}`, { signal })).data;
  document.title = `${c.name} · atsbridge`;

  const apps = h("section", { "aria-labelledby": "apps-h", "aria-busy": "true" }, h("h2", { id: "apps-h" }, "Applications"), loading("applications"));
  const resume = h("section", { class: "resume", "aria-labelledby": "resume-h", "aria-busy": "true" }, h("h2", { id: "resume-h" }, "Resume"), loading("the resume"));
  const dash = (v) => (v === null || v === undefined || v === "" ? "—" : v);
  put(main,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/jobs" }, "Jobs"), " / ", c.id),
    h("h1", {}, c.name),
    c.headline ? h("p", { class: "meta" }, c.headline) : null,
    h("dl", { class: "details" },
      h("dt", {}, "Email"), h("dd", {}, h("a", { href: `mailto:${c.email}` }, c.email)),
      h("dt", {}, "Phone"), h("dd", {}, dash(c.phone)),
      h("dt", {}, "Source"), h("dd", {}, dash(c.source)),
      h("dt", {}, "Tags"), h("dd", {}, c.tags.length ? c.tags.join(", ") : "—"),
      h("dt", {}, "Added"), h("dd", {}, date(c.created_at)),
      h("dt", {}, "Updated"), h("dd", {}, date(c.updated_at))),
    apps, resume);

  await Promise.all([applications(c, apps, signal), showResume(c, resume, signal)]);
}

async function applications(c, section, signal) {
  const heading = section.firstChild;
  try {
    const { items, complete } = await walk("applications", { candidate_id: c.id }, signal, 2);
    const jobs = new Map();
    await Promise.all([...new Set(items.map((a) => a.job_id))].map(async (jobID) => {
      try {
        jobs.set(jobID, (await request("GET", `jobs/${jobID}`, { signal })).data);
      } catch (e) {
        if (e.name === "AbortError") throw e;
        jobs.set(jobID, { id: jobID, title: jobID, error: e });
      }
    }));
    put(section, heading, items.length
      ? h("ul", { class: "applications" }, items.map((a) => {
          const job = jobs.get(a.job_id);
          return h("li", {},
            h("a", { href: `#/jobs/${a.job_id}` }, job.title),
            h("p", { class: "meta" }, "Stage ", h("strong", {}, a.stage.name), " · ", h("span", { class: `badge app-${a.status}` }, a.status), " · applied ", date(a.applied_at)),
            job.error ? errorBox(job.error, `Reading job ${a.job_id}`) : null);
        }))
      : note("No applications."),
      complete ? null : note("Only the first 200 applications are shown."));
  } catch (e) {
    if (e.name === "AbortError") throw e;
    put(section, heading, errorBox(e, "Listing applications"));
  }
  section.removeAttribute("aria-busy");
}

async function showResume(c, section, signal) {
  const heading = section.firstChild;
  const link = c.resume_url ? h("p", {}, h("a", { href: c.resume_url, rel: "noreferrer" }, "Resume link kept by the ATS")) : null;
  try {
    const res = await request("GET", `candidates/${c.id}/resume`, { blob: true, signal });
    const blob = await res.blob();
    const type = (res.headers.get("Content-Type") || blob.type || "").split(";")[0].trim();
    const filename = filenameOf(res.headers.get("Content-Disposition")) || `resume-${c.id}`;
    resumeURL = URL.createObjectURL(blob);
    const download = h("a", { class: "button", href: resumeURL, download: filename }, `Download ${filename} (${size(blob.size)})`);
    put(section, heading, h("p", {}, download),
      type === "application/pdf"
        ? h("iframe", { class: "pdf", src: resumeURL, title: `Resume of ${c.name}` })
        : note(`This resume is ${type || "a file"}; only PDFs are shown here.`),
      link);
  } catch (e) {
    if (e.name === "AbortError") throw e;
    if (missingRoute(e)) put(section, heading, note(`This server does not serve resumes (${e.message})`), link);
    else if (e.status === 404) put(section, heading, note(e.message), link);
    else if (e.status === 0) {
      // The API may send the browser on to the ATS's own signed link,
      // which this page may not read; the browser can still open it.
      put(section, heading, errorBox(e, "Reading the resume"),
        h("p", {}, h("a", { href: url(`candidates/${c.id}/resume`).href, rel: "noreferrer" }, "Open the resume from the ATS")), link);
    }
    else put(section, heading, errorBox(e, "Reading the resume"), link);
  }
  section.removeAttribute("aria-busy");
}

// filenameOf reads the file name of a Content-Disposition header,
// preferring the UTF-8 form (filename*=UTF-8''...).
function filenameOf(header) {
  if (!header) return "";
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch (_) {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : "";
}
