// What a TypeScript user writes against the types openapi-typescript
// generates from router/openapi.json. .ci/openapi/run generates them as
// atsbridge.d.ts beside this file (not committed) and runs tsc: a line
// marked @ts-expect-error must fail to type-check, every other line must
// pass.
import type { components } from "./atsbridge";
import { candidateExists, invalidQuery, jobList, jobWithRaw } from "./responses";

type CandidateInput = components["schemas"]["CandidateInput"];
type ErrorEnvelope = components["schemas"]["ErrorEnvelope"];
type ErrorCode = components["schemas"]["ErrorCode"];

// The README's create, and a candidate with every field.
export const karan: CandidateInput = { job_id: "job_063", name: "Karan", email: "karan@example.com" };
export const priya: CandidateInput = {
  first_name: "Priya",
  last_name: "Sharma",
  email: "priya.sharma@example.com",
  phone: "+49 30 1234567",
  headline: "Backend engineer",
  source: "referral",
  tags: ["golang"],
  resume_url: "https://files.example.com/resumes/priya-sharma.pdf",
};

// A misspelled field never passes silently.
// @ts-expect-error: "emial" is not a field of CandidateInput
export const typo: CandidateInput = { name: "Karan", email: "karan@example.com", emial: "karan@example.com" };

// Every error response is the one ErrorEnvelope, whose code is typed.
export function existingId(e: ErrorEnvelope): string | undefined {
  return e.code === "CANDIDATE_EXISTS" ? e.details?.[0]?.existing_id : undefined;
}
export const existing: string | undefined = existingId(candidateExists);
export const problems: string[] = (invalidQuery.details ?? []).map((d) => `${d.field}: ${d.problem}`);

// @ts-expect-error: not a code the API sends
export const notACode: ErrorCode = "CANDIDATE_EXIST";

// raw is the provider's own object: any keys, values of unknown type.
export const rawKeys: string[] = Object.keys(jobWithRaw.data.raw ?? {});

// workplace is one of three, or null; next_cursor a string or null.
export const workplace: "on_site" | "hybrid" | "remote" | null = jobList.data[0].workplace;
export const next: string | null = jobList.meta.next_cursor;
