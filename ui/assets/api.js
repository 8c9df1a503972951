// The dashboard's one way to the API: every call goes through request(),
// which finds the API beside the page, sends the caller's key, and turns
// every failure into an ApiError that says what happened in words.

// The API is served where the dashboard is, one level up: the page at
// /dev/ui/ talks to /dev/jobs, the page at /ui/ to /jobs.
export const apiBase = new URL("../", location.href);

const keyItem = "atsbridge.key";

// ApiError is an error envelope (or a failure to get one) as the page
// shows it: a title, a sentence, the field details, and the request id to
// quote when asking about it.
export class ApiError extends Error {
  constructor({ status = 0, code = "", title = "", message = "", details = [], requestId = "" }) {
    super(message);
    this.status = status;
    this.code = code;
    this.title = title;
    this.details = details || [];
    this.requestId = requestId;
  }
}

let askKey = null;
let pendingAsk = null;

// onKeyNeeded registers the function that asks the person for an API key;
// it gets the API's message and resolves to the key, or rejects when they
// cancel.
export function onKeyNeeded(fn) {
  askKey = fn;
}

export function apiKey() {
  return sessionStorage.getItem(keyItem) || "";
}

export function forgetKey() {
  sessionStorage.removeItem(keyItem);
}

// url builds the address of an API path with its query parameters; empty
// values are left out.
export function url(path, query = {}) {
  const u = new URL(path.replace(/^\//, ""), apiBase);
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== "") u.searchParams.set(k, String(v));
  }
  return u;
}

// request calls the API and resolves to its envelope (or, with
// {blob: true}, to the response's bytes). A 401 asks for a key once and
// tries again with it.
export async function request(method, path, { query, json, body, contentType, signal, blob, idempotencyKey } = {}) {
  const target = url(path, query);
  for (let attempt = 0; ; attempt++) {
    const headers = { Accept: blob ? "*/*" : "application/json" };
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    const key = apiKey();
    if (key) headers.Authorization = "Bearer " + key;
    let payload = body;
    if (json !== undefined) {
      payload = JSON.stringify(json);
      headers["Content-Type"] = "application/json";
    } else if (contentType) {
      headers["Content-Type"] = contentType;
    }
    let res;
    try {
      res = await fetch(target, { method, headers, body: payload, signal });
    } catch (e) {
      if (e.name === "AbortError") throw e;
      throw new ApiError({ title: "The API did not answer", message: `${method} ${target.pathname} failed before any answer came (${e.message}). Is the server running?` });
    }
    if (res.status === 401 && attempt < 3 && askKey) {
      const err = await errorOf(res, method, target);
      if (key) forgetKey();
      pendingAsk = pendingAsk || askKey(err).finally(() => (pendingAsk = null));
      const given = await pendingAsk.catch(() => null);
      if (!given) throw err;
      sessionStorage.setItem(keyItem, given);
      continue;
    }
    if (!res.ok) throw await errorOf(res, method, target);
    if (blob) return res;
    const env = await res.json().catch(() => null);
    if (!env || env.success !== true) {
      throw new ApiError({ status: res.status, title: "Unexpected answer", message: `${method} ${target.pathname} answered ${res.status} without a success envelope.`, requestId: res.headers.get("X-Request-Id") || "" });
    }
    return env;
  }
}

// errorOf reads an error response: the envelope when there is one, else
// the status and the start of the body.
async function errorOf(res, method, target) {
  const requestId = res.headers.get("X-Request-Id") || "";
  const text = await res.text().catch(() => "");
  try {
    const env = JSON.parse(text);
    if (env && env.success === false) {
      return new ApiError({ status: res.status, code: env.code, title: env.error, message: env.message, details: env.details, requestId: env.request_id || requestId });
    }
  } catch (_) {
    // not JSON: described below
  }
  return new ApiError({ status: res.status, title: `HTTP ${res.status}`, message: `${method} ${target.pathname} answered ${res.status}: ${text.slice(0, 200) || res.statusText}`, requestId });
}

// newIdempotencyKey makes a key for one write: sent again with the same
// body (a double click, a retry after the network failed), the API answers
// what it answered the first time instead of writing twice.
export function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// missingRoute reports whether an error says this server lacks the route
// (an older atsbridge) rather than the record: the page then explains
// what is not available instead of showing a failure.
export function missingRoute(err) {
  return err instanceof ApiError && ((err.status === 404 && /^No route /.test(err.message)) || err.status === 405 || err.code === "NOT_SUPPORTED");
}

// list fetches one page of a list route.
export async function list(path, query, signal) {
  const env = await request("GET", path, { query, signal });
  return { items: env.data, meta: env.meta || {}, env };
}

// walk reads every page of a list (limit 100 each), at most maxPages, and
// says whether it saw the end.
export async function walk(path, query, signal, maxPages = 10) {
  const items = [];
  let cursor = "";
  for (let i = 0; i < maxPages; i++) {
    const page = await list(path, { ...query, limit: 100, cursor }, signal);
    items.push(...page.items);
    if (!page.meta.has_more) return { items, complete: true };
    cursor = page.meta.next_cursor;
  }
  return { items, complete: false };
}
