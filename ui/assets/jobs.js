// The jobs list: search and filters in the URL, one page at a time with
// the API's cursor, and each job's count of active applications, read in
// one request per page (GET /jobs?include=counts).

import { list } from "./api.js";
import { h, put, errorBox, note, loading } from "./dom.js";

const statuses = ["open", "closed", "draft", "archived"];
const pageSize = 20;

export async function jobsView(main, { params, signal }) {
  document.title = "Jobs · atsbridge";
  const f = {
    q: params.get("q") || "",
    status: params.get("status") || "open",
    department: params.get("department") || "",
    location: params.get("location") || "",
  };
  const query = { q: f.q, department: f.department, location: f.location, status: f.status === "all" ? "" : f.status };

  const departments = h("datalist", { id: "departments" });
  const locations = h("datalist", { id: "locations" });
  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter jobs", onsubmit: (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(e.target)) if (String(v).trim()) p.set(k, String(v).trim());
    location.hash = "#/jobs?" + p.toString();
  } },
    field("q", "Title contains", h("input", { id: "f-q", name: "q", type: "search", value: f.q })),
    field("status", "Status", h("select", { id: "f-status", name: "status" },
      h("option", { value: "all", selected: f.status === "all" }, "Any status"),
      statuses.map((s) => h("option", { value: s, selected: f.status === s }, s)))),
    field("department", "Department", h("input", { id: "f-department", name: "department", list: "departments", value: f.department })),
    field("location", "Location", h("input", { id: "f-location", name: "location", list: "locations", value: f.location })),
    h("button", { type: "submit", class: "primary" }, "Filter"),
    departments, locations);

  const summary = h("p", { class: "summary", role: "status" });
  const ul = h("ul", { class: "jobs", "aria-label": "Jobs" });
  const problems = h("div");
  const more = h("div", { class: "more" });
  const results = h("section", { "aria-label": "Results", "aria-busy": "true" }, loading("jobs"));
  put(main, h("h1", {}, "Jobs"), form, results);

  const seen = { departments: new Set(), locations: new Set() };
  let shown = 0;

  async function page(cursor) {
    const res = await list("jobs", { ...query, limit: pageSize, cursor }, signal);
    if (shown === 0) {
      put(results, summary, problems, ul, more);
      results.removeAttribute("aria-busy");
    }
    shown += res.items.length;
    const total = res.meta.total;
    summary.textContent = shown === 0 ? "" : total != null ? `Showing ${shown} of ${total} jobs` : `Showing ${shown} jobs`;
    if (shown === 0) {
      ul.replaceWith(note("No jobs match these filters. ", h("a", { href: "#/jobs?status=all" }, "Show every job")));
    }
    const counts = new Map();
    for (const job of res.items) {
      const count = h("span", { class: "count pending" }, "counting…");
      counts.set(job.id, count);
      ul.append(row(job, count));
      if (job.department) seen.departments.add(job.department);
      if (job.location && job.location.city) seen.locations.add(job.location.city);
    }
    put(departments, ...[...seen.departments].sort().map((d) => h("option", { value: d })));
    put(locations, ...[...seen.locations].sort().map((d) => h("option", { value: d })));
    put(more, res.meta.has_more
      ? h("button", { type: "button", onclick: async (e) => {
          const b = e.currentTarget;
          b.disabled = true;
          b.textContent = "Loading more jobs…";
          if (!(await guarded(() => page(res.meta.next_cursor)))) {
            b.disabled = false;
            b.textContent = "Show more jobs";
          }
        } }, "Show more jobs")
      : "");
    if (res.items.length) await fillCounts(cursor, counts);
  }

  // fillCounts asks for the same page again with its counts: the list
  // shows at once, and the counts, which a live ATS may take longer to
  // work out, follow.
  async function fillCounts(cursor, counts) {
    try {
      const res = await list("jobs", { ...query, limit: pageSize, cursor, include: "counts" }, signal);
      for (const job of res.items) {
        const el = counts.get(job.id);
        const c = job.application_counts;
        if (!el || !c) continue;
        el.classList.remove("pending");
        el.textContent = `${c.active}${c.exact ? "" : "+"} active`;
        el.title = `${c.exact ? "" : "At least "}${c.active} active application${c.active === 1 ? "" : "s"}`;
      }
    } catch (e) {
      if (e.name === "AbortError") throw e;
      for (const el of counts.values()) {
        el.classList.remove("pending");
        el.textContent = "count unavailable";
      }
      problems.append(errorBox(e, "Counting active applications"));
    }
  }

  async function guarded(fn) {
    try {
      await fn();
      return true;
    } catch (e) {
      if (e.name === "AbortError") return true;
      (shown === 0 ? results : problems).replaceChildren(errorBox(e, "Listing jobs"));
      results.removeAttribute("aria-busy");
      return false;
    }
  }

  await guarded(() => page(""));
}

function field(name, label, control) {
  return h("div", { class: "field" }, h("label", { for: control.id }, label), control);
}

function row(job, count) {
  const loc = job.location && (job.location.text || job.location.city);
  return h("li", { class: "job" },
    h("div", {},
      h("a", { class: "title", href: `#/jobs/${job.id}` }, job.title),
      h("p", { class: "meta" }, [job.department, loc, job.workplace, job.employment_type].filter(Boolean).map((s) => s.replaceAll("_", " ")).filter(Boolean).join(" · "))),
    h("div", { class: "side" }, h("span", { class: `badge status-${job.status}` }, job.status), count));
}
