// A job's pipeline: one column per stage (GET /jobs/{id}/stages), a card
// per application with the candidate's name, applied date and source.
// Cards move by drag and drop or by their Actions menu (the keyboard way),
// and are rejected with a reason or restored from the same menu.

import { request, list, walk, missingRoute } from "./api.js";
import { h, put, date, errorBox, note, loading, announce } from "./dom.js";
import { openMenu } from "./menu.js";

const kindOrder = ["sourced", "applied", "screening", "assessment", "interview", "offer", "hired", "other"];

export async function pipelineView(main, { id, params, signal }) {
  const showClosed = params.get("show") === "closed";
  put(main, loading("the pipeline"));
  const [job, stages] = await Promise.all([
    request("GET", `jobs/${id}`, { signal }).then((env) => env.data),
    request("GET", `jobs/${id}/stages`, { signal }).then((env) => ({ list: env.data }), (e) => {
      if (missingRoute(e)) return { list: null, missing: e };
      throw e;
    }),
  ]);
  document.title = `${job.title} · atsbridge`;

  const b = { job, stages: stages.list, apps: new Map(), names: new Map(), cursor: "", hasMore: false, showClosed };
  const notices = h("div");
  const problems = h("div", { class: "problems" });
  const boardEl = h("div", { class: "board", "aria-busy": "true" }, loading("applications"));
  const more = h("div", { class: "more" });
  const loc = job.location && (job.location.text || job.location.city);
  put(main,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "#/jobs" }, "Jobs"), " / ", job.id),
    h("h1", {}, job.title),
    h("p", { class: "meta" }, h("span", { class: `badge status-${job.status}` }, job.status), " ", [job.department, loc].filter(Boolean).join(" · ")),
    h("div", { class: "toolbar" },
      h("a", { class: "button primary", href: `#/jobs/${job.id}/add` }, "Add candidate"),
      h("label", { class: "toggle" },
        h("input", { type: "checkbox", checked: showClosed, onchange: (e) => {
          location.hash = `#/jobs/${job.id}` + (e.target.checked ? "?show=closed" : "");
        } }),
        " Show rejected and hired")),
    notices, problems, boardEl, more);
  if (stages.missing) {
    notices.append(note(`This server does not list stages (${stages.missing.message}). Columns show the stages that have candidates; moving needs GET /jobs/${job.id}/stages.`));
  }

  async function load(cursor) {
    const page = await list("applications", { job_id: job.id, status: showClosed ? "" : "active", limit: 100, cursor }, signal);
    for (const app of page.items) b.apps.set(app.id, app);
    b.hasMore = !!page.meta.has_more;
    b.cursor = page.meta.next_cursor || "";
    await names(page.items);
    render();
  }

  // names reads the job's candidates, a page of 100 at a time, until
  // every card has its name (one request for most jobs).
  async function names(apps) {
    let missing = apps.filter((a) => !b.names.has(a.candidate_id));
    let cursor = "";
    for (let i = 0; missing.length && i < 10; i++) {
      const page = await list("candidates", { job_id: job.id, limit: 100, cursor }, signal);
      for (const c of page.items) b.names.set(c.id, c.name);
      missing = missing.filter((a) => !b.names.has(a.candidate_id));
      if (!page.meta.has_more) break;
      cursor = page.meta.next_cursor;
    }
  }

  function columns() {
    let cols = b.stages ? [...b.stages].sort((x, y) => x.position - y.position) : [];
    for (const app of b.apps.values()) {
      if (!cols.some((s) => s.id === app.stage.id)) cols.push({ ...app.stage, derived: true });
    }
    if (!b.stages) cols.sort((x, y) => kindOrder.indexOf(x.kind) - kindOrder.indexOf(y.kind));
    return cols;
  }

  function render(focus) {
    const visible = [...b.apps.values()].filter((a) => showClosed || a.status === "active");
    const cols = columns();
    boardEl.removeAttribute("aria-busy");
    if (!visible.length && !cols.length) {
      put(boardEl, note(showClosed ? "No applications to this job yet." : "No active applications. ", h("a", { href: `#/jobs/${job.id}/add` }, "Add a candidate")));
    } else {
      put(boardEl, ...cols.map((stage, i) => column(stage, i, visible.filter((a) => a.stage.id === stage.id), cols)));
    }
    put(more, b.hasMore
      ? h("button", { type: "button", onclick: () => guard("Loading more applications", () => load(b.cursor)) }, "Load more applications")
      : "");
    if (focus) {
      const el = boardEl.querySelector(focus);
      if (el) el.focus();
    }
  }

  function column(stage, i, apps, cols) {
    const headingId = `stage-${i}`;
    const canDrop = !!b.stages && !stage.derived;
    return h("section", {
      class: "column", "data-stage": stage.id, "aria-labelledby": headingId,
      ondragover: (e) => {
        if (!canDrop || !e.dataTransfer.types.includes("application/x-atsbridge-application")) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "move";
        e.currentTarget.classList.add("drop");
      },
      ondragleave: (e) => e.currentTarget.classList.remove("drop"),
      ondrop: (e) => {
        e.preventDefault();
        e.currentTarget.classList.remove("drop");
        const app = b.apps.get(e.dataTransfer.getData("application/x-atsbridge-application"));
        if (app) move(app, stage);
      },
    },
      h("h2", { id: headingId, tabindex: "-1" }, stage.name, " ", h("span", { class: "n" }, `${apps.length}`)),
      apps.length
        ? h("ul", { class: "cards" }, apps.map((app) => card(app, cols)))
        : h("p", { class: "empty" }, "No candidates"));
  }

  function card(app, cols) {
    const name = b.names.get(app.candidate_id) || app.candidate_id;
    const active = app.status === "active";
    const items = [];
    if (active && b.stages) {
      for (const s of cols) if (s.id !== app.stage.id && !s.derived) items.push({ label: `Move to ${s.name}`, run: () => move(app, s) });
    }
    if (active) items.push({ label: "Reject…", run: () => reject(app) });
    if (app.status === "rejected") items.push({ label: "Restore", run: () => restore(app) });
    const menuButton = items.length
      ? h("button", { type: "button", class: "menu-button", "aria-haspopup": "menu", "aria-expanded": "false", "data-app": app.id, onclick: (e) => openMenu(e.currentTarget, items) },
        "Actions", h("span", { class: "visually-hidden" }, ` for ${name}`))
      : null;
    return h("li", {
      class: `card ${app.status}`, "data-app": app.id, draggable: active && !!b.stages ? "true" : false,
      ondragstart: (e) => {
        e.dataTransfer.setData("application/x-atsbridge-application", app.id);
        e.dataTransfer.effectAllowed = "move";
      },
    },
      h("a", { class: "name", href: `#/candidates/${app.candidate_id}` }, name),
      h("p", { class: "meta" }, "Applied ", date(app.applied_at), app.source ? ` · ${app.source}` : ""),
      active ? null : h("span", { class: `badge app-${app.status}` }, app.status),
      menuButton);
  }

  async function guard(what, fn) {
    put(problems);
    try {
      await fn();
      return true;
    } catch (e) {
      if (e.name === "AbortError") return false;
      put(problems, errorBox(e, what));
      return false;
    }
  }

  async function move(app, stage) {
    if (app.stage.id === stage.id) return;
    const name = b.names.get(app.candidate_id) || app.candidate_id;
    await guard(`Moving ${name} to ${stage.name}`, async () => {
      const env = await request("POST", `applications/${app.id}/move`, { json: { stage_id: stage.id } });
      b.apps.set(app.id, env.data);
      render(`.menu-button[data-app="${app.id}"]`);
      announce(`Moved ${name} to ${env.data.stage.name}`);
    });
  }

  async function restore(app) {
    const name = b.names.get(app.candidate_id) || app.candidate_id;
    await guard(`Restoring ${name}`, async () => {
      const env = await request("POST", `applications/${app.id}/restore`);
      b.apps.set(app.id, env.data);
      render(`.menu-button[data-app="${app.id}"]`);
      announce(`Restored ${name} to ${env.data.stage.name}`);
    });
  }

  async function reject(app) {
    const name = b.names.get(app.candidate_id) || app.candidate_id;
    const done = await rejectDialog(name, app);
    if (!done) return;
    b.apps.set(app.id, done);
    render(showClosed ? `.menu-button[data-app="${app.id}"]` : `[data-stage="${app.stage.id}"] h2`);
    announce(`Rejected ${name}`);
  }

  if (!(await guard("Listing applications", () => load("")))) {
    put(boardEl);
    boardEl.removeAttribute("aria-busy");
  }
}

// rejectDialog asks for a reason, a note and whether to email the
// candidate, sends the rejection, and resolves to the rejected
// application, or null when the person cancels.
async function rejectDialog(name, app) {
  const reasons = h("div", {}, loading("rejection reasons"));
  const status = h("div");
  const noteInput = h("textarea", { id: "reject-note", name: "note", rows: "3", maxlength: "2000" });
  const notify = h("input", { id: "reject-notify", name: "notify", type: "checkbox" });
  const submit = h("button", { type: "submit", class: "danger" }, "Reject");
  let reasonSelect = null;
  const dialog = h("dialog", { class: "reject", "aria-labelledby": "reject-title" },
    h("form", { method: "dialog" },
      h("h2", { id: "reject-title" }, `Reject ${name}`),
      reasons,
      h("label", { for: "reject-note" }, "Note (optional, kept in the ATS)"), noteInput,
      h("div", { class: "check" }, notify, h("label", { for: "reject-notify" }, "Email the candidate (only if the ATS sends rejection emails)")),
      status,
      h("div", { class: "actions" }, submit, h("button", { type: "button", class: "cancel", onclick: () => dialog.close() }, "Cancel"))));
  document.body.append(dialog);
  dialog.showModal();

  request("GET", "rejection_reasons").then((env) => {
    reasonSelect = h("select", { id: "reject-reason", name: "reason" },
      h("option", { value: "" }, "No reason"),
      env.data.map((r) => h("option", { value: r.id }, `${r.name} (${r.kind})`)));
    put(reasons, h("label", { for: "reject-reason" }, "Reason"), reasonSelect);
  }, (e) => {
    put(reasons, missingRoute(e) ? note(`This server lists no rejection reasons (${e.message}); the rejection is sent without one.`) : errorBox(e, "Listing rejection reasons"));
  });

  return new Promise((resolve) => {
    let result = null;
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(result);
    });
    dialog.querySelector("form").addEventListener("submit", async (e) => {
      e.preventDefault();
      submit.disabled = true;
      put(status, h("p", { role: "status" }, "Rejecting…"));
      const body = { notify_candidate: notify.checked };
      if (reasonSelect && reasonSelect.value) body.reason_id = reasonSelect.value;
      if (noteInput.value.trim()) body.note = noteInput.value.trim();
      try {
        const env = await request("POST", `applications/${app.id}/reject`, { json: body });
        result = env.data;
        dialog.close();
      } catch (err) {
        put(status, errorBox(err, `Rejecting ${name}`));
        submit.disabled = false;
      }
    });
  });
}
