// Package dynamodb is the preview.Store of the cloud: the sandbox's data in
// one DynamoDB table, shared by every Lambda instance (STORE=dynamodb,
// DYNAMODB_TABLE, and DYNAMODB_ENDPOINT for a local server such as
// dynalite, in which case Open creates the table when it is absent).
//
// # Items
//
// Every item has its own partition; the sort key only repeats the kind.
// Records keep the domain value as JSON in "doc", so they read back exactly
// as written; "type" and "id" are there for people reading the table.
//
//	kind          pk                     sk     other attributes
//	job           JOB#<id>               JOB    doc; gsi1-3 keys
//	candidate     CAND#<id>              CAND   doc, apps, apps_kept; gsi1 keys
//	application   APP#<id>               APP    doc, job, ver (updates); gsi1-6 keys
//	email claim   EMAIL#<lower email>    EMAIL  ref = candidate id, at = claim time
//	pair claim    PAIR#<cand id>#<job>   PAIR   ref = application id, at = claim time
//	list counter  COUNT#<kind>           COUNT  n
//	id sequence   SEQ#<sequence>         SEQ    n
//	seed marker   SEED                   SEED   state (seeding|done), owner, lease
//
// A candidate item keeps its applications in apps, a string set of
// "<applied order key>#<job id>" (apps_kept = 1 says it does), so that a
// candidate, or a page of them, is read without reading its applications:
// sorted, the entries are its application_ids in order, and they name the
// jobs a filter by job asks about. Candidate items written before they
// kept their applications have no apps_kept; their applications are read
// from the by-candidate index (gsi3), as they were, and a new application
// leaves them as they are.
//
// The caller layer's items (API keys, key id claims, rate windows,
// idempotency records) are listed in callers.go; rate windows and
// idempotency records carry the TTL attribute expires_at (AttrExpires).
//
// Index sort keys are "<time>#<id>" with the time in a fixed-width UTC form
// (2006-01-02T15:04:05.000000000Z) and the id as preview.SortableID writes
// it (its length in three digits first: "008cand_999" < "009cand_1000"),
// so byte order is (time, id) order with ids as numbers: lists come out in
// the contract's (created_at, id) / (applied_at, id) order. "Created after
// T" (strict) is the key condition sk > "<T>$", since '$' sorts right
// after '#'. (Keys written before ids sorted as numbers hold the bare id;
// they still sort by time, and idOfOrderKey reads both forms.)
//
// # Access patterns
//
// The indexes are overloaded: each item kind gives gsi1..gsi6 its own
// meaning (all project ALL). No request path uses Scan, and no list reads
// its records one by one: a page is one query per index partition it
// reads (more only while filters that are not keys skip records), plus,
// for an unfiltered list, its counter, and for the candidates of a job one
// BatchGetItem of the page's candidates. A test asserts the operations, and
// for reads the number of calls, every method uses.
//
//	access pattern                     key, index and condition
//	job by id                          GetItem JOB#<id> (consistent)
//	all jobs                           gsi1: gsi1pk = JOB, gsi1sk = <created>#<id>
//	jobs by status (any of several)    gsi2: gsi2pk = JOB#STATUS#<status>; one query per status, merged by sort key
//	jobs by department                 gsi3: gsi3pk = JOB#DEPT#<lower department>
//	jobs created after T               key condition gsi?sk > <T>$ on the index in use
//	jobs updated after T, by location, filters on the records read from the index above
//	  by title substring (q)           (the order is created_at, which an updated_at index cannot give)
//	candidate by id                    GetItem CAND#<id>, with its applications (apps)
//	candidate by email                 GetItem EMAIL#<lower email> -> ref -> GetItem CAND#<ref>
//	all candidates                     gsi1: gsi1pk = CAND, gsi1sk = <created>#<id>
//	candidates of a job                gsi6 on application items: gsi6pk = CAND#JOB#<job>,
//	                                   gsi6sk = <candidate created>#<candidate id>; BatchGetItem the candidates
//	application by id                  GetItem APP#<id>
//	all applications                   gsi1: gsi1pk = APP, gsi1sk = <applied>#<id>
//	applications by job                gsi2: gsi2pk = APP#JOB#<job>
//	applications by candidate          gsi3: gsi3pk = APP#CAND#<candidate> (also the application_ids of
//	                                   a candidate item without apps_kept)
//	applications by stage kind         gsi4: gsi4pk = APP#STAGE#<kind>; one query per kind, merged
//	applications by status             gsi5: gsi5pk = APP#STATUS#<status>; one query per status, merged
//	unique email                       PutItem EMAIL#<lower email> if attribute_not_exists(pk)
//	unique candidate+job               PutItem PAIR#<cand>#<job> if attribute_not_exists(pk)
//	next id                            UpdateItem SEQ#<seq> ADD n 1, ReturnValues UPDATED_NEW
//	update an application              GetItem APP#<id> (consistent), then UpdateItem SET doc, gsi4pk,
//	                                   gsi5pk, ver = ver+1 if ver is still the one read
//	list totals                        GetItem COUNT#<kind>
//
// With several filters the most selective one picks the index (applications:
// candidate, job, stage kind, status; jobs: department, status) and the rest
// filter the records read.
//
// # Writes without transactions
//
// dynalite, the emulator the tests run on, has no TransactWriteItems, so the
// store uses single-item conditional writes and compensation instead:
//
//	CreateCandidate: consistent read of the job (NOT_FOUND, JOB_NOT_OPEN)
//	  -> take the numbers (ADD 1 to the sequences)
//	  -> claim the email (CANDIDATE_EXISTS naming the holder)
//	  -> put the candidate -> claim the pair -> put the application
//	  -> ADD the application to the candidate's apps
//	  -> ADD 1 to the list counters
//	CreateApplication: one consistent BatchGetItem of candidate, job and pair
//	  claim (NOT_FOUND candidate, NOT_FOUND job, APPLICATION_EXISTS, then
//	  JOB_NOT_OPEN, the order of the other stores)
//	  -> take the number -> claim the pair (APPLICATION_EXISTS naming the holder)
//	  -> put the application -> ADD it to the candidate's apps
//	  -> ADD 1 to the applications counter
//
// The claim is the atomic decision: of 50 racing requests for one email or
// one candidate+job pair exactly one conditional put succeeds, and the
// others read the claim and answer with the winner's id. When a later step
// fails, the steps already done are undone newest first, on a context
// detached from the request's, so a failed request leaves no item behind
// even when its client hung up. A step's undo is registered before the
// step is sent, because a write that failed may still have happened (its
// answer lost, or the deadline passing while it was on its way); every undo
// is conditional on the item being this request's (a claim naming its
// record, a record with its JSON), so undoing a step that did not happen
// changes nothing. An undo that fails stops the undoing: what stays is a
// prefix of the write, records with their claims. Record puts are
// conditional too, and a put that finds its own item (the SDK retrying
// after a lost response) counts as done; a claim that already names the
// request's own record likewise. The job-open check is a read, not a
// condition: jobs never change status in the sandbox, so it cannot go stale
// between the read and the write. No write decision reads an index: index
// reads are eventually consistent on AWS, the claims and records are read
// strongly consistent.
//
// A process can still die between two steps. What a reader sees then:
//
//   - an email or pair claim without its record: invisible to lists and
//     reads (a lookup by email finds no candidate). For staleAfter (one
//     minute, longer than any request plus its undo) the value counts as
//     taken by a request in flight, as a row in an open SQL transaction
//     would; after that the next writer checks that the record is missing,
//     deletes exactly that claim and takes the value.
//   - a candidate without the application it was created with: a valid
//     candidate; the client got an error or no answer, and a retry gets
//     CANDIDATE_EXISTS naming it, after which POST /applications works.
//   - an application stored whose candidate's apps does not name it yet
//     (the process died before that step): the application is listed and
//     read by id, but missing from its candidate's application_ids. The
//     client got an error or no answer; the application is kept, as a
//     record whose counter was not bumped is. The entry is added after the
//     application's put, never before: a reader never finds an id there
//     whose application does not exist.
//   - a record whose counter was not bumped: the unfiltered list's total is
//     one short. Counters are advisory; the lists themselves are exact.
//
// A counter bump that fails after the SDK's retries (the record is stored,
// so the create succeeds) is logged as an error, "list counter not bumped",
// naming the counter: the total drifts by exactly one per such line, and
// never silently.
//
// UpdateApplication (a pipeline action) is one item, so it needs no
// compensation: it reads the application strongly consistent, applies the
// sandbox's change, and writes it with a condition on the version it read
// (attribute ver, absent on items no update has touched yet). When another
// update won meanwhile, the condition fails and the update starts over
// from the newer item, so two actions racing on one application end as
// one after the other, and a rejection racing a move is never undone. A
// write whose condition fails because its own first attempt went through
// (the SDK retrying after a lost answer) counts as done.
//
// The transactional alternative (one TransactWriteItems with a
// ConditionCheck on the job and attribute_not_exists on both claims) was
// not taken, because it could not be tested here; the single-item design
// runs the same on dynalite and on DynamoDB.
//
// # Lists
//
// A page is a walk over the chosen index partitions in sort-key order
// (several partitions are merged). Filters that are not key conditions are
// applied to the records as they are read, and the walk goes on, query
// after query, until the page holds limit matches plus one (which makes
// HasMore exact) or the index ends, so a page is full wherever enough
// matches exist. Within one request queries page with the LastEvaluatedKey
// DynamoDB returns.
//
// The continuation (Page.Next) is base64 JSON of the last returned item's
// key in LastEvaluatedKey form (pk, sk and the index's keys) plus the index
// name. The next page resumes with the key condition sk > that item's index
// sort key, which works for every partition of a merged list; a
// continuation from another index or partition is CURSOR_INVALID. The
// router signs it and binds it to the filters. Page mode walks from the
// start and passes over (page-1)*limit matches.
//
// # Walks while records are created
//
// A record's number is taken (an ADD on its sequence) and its time read
// by the sandbox before its items are written, in separate requests; with
// no transactions the number, the time and the write cannot be one atomic
// step. So records created at the same moment may be written in another
// order than their list order: a record can land behind a walk that has
// already passed its place. What the store promises (storetest.StartOfWalk)
// is:
//
//   - a cursor walk never returns a record twice: its position is a key,
//     and each page starts strictly after it;
//   - a walk of either kind returns every record whose create was
//     acknowledged before the walk's first page was requested (on AWS, once
//     the index has caught up: index reads are eventually consistent,
//     typically well under a second behind);
//   - a record created during the walk may be missed by it, wherever it
//     lands; and a page walk, whose pages are offsets, may return a record
//     twice when one created meanwhile lands before its position, or miss
//     one when a failed create's record is undone meanwhile.
//
// SQLite and memory number and date a record inside the write and keep
// the stronger promise (storetest.CommitOrder). The same holds for
// updates: an update is dated when its request read the clock (the store
// passes no notBefore), so updates of two applications at the same moment
// may commit in the other order than their updated_at says.
//
// Total is reported for the three unfiltered lists only, from their
// counter items (initialised by Seed, bumped after each create); a
// filtered total would need a read of every match.
//
// Index reads are eventually consistent on AWS: a record created a moment
// ago may be missing from lists (and a new application from the
// application_ids of a candidate on a list page) for a fraction of a
// second. Reads by id are strongly consistent, the application_ids of a
// candidate read by id included.
//
// # On AWS
//
// dynalite, on which the tests run, checks what DynamoDB checks (reserved
// words in expressions, key and item sizes, 1 MB query pages, batch sizes
// and duplicate keys, no consistent reads on indexes), but it never
// throttles, never leaves batch work unprocessed and updates indexes at
// once. So:
//
//   - BatchWriteItem (seed, at most 25 items) and BatchGetItem (at most 100
//     keys) send what DynamoDB leaves unprocessed again, with backoff, for
//     at most ten rounds, bounded by ctx; the seed's writes also go on after
//     a batch refused whole for throttling.
//   - The client keeps the SDK's retry defaults for DynamoDB (standard mode,
//     4 attempts, throttles backed off from 1 s, the retry quota), which
//     honour ctx while waiting. Throttling the retries did not outlast is
//     UPSTREAM_RATE_LIMITED (503, Retry-After); a call that failed because
//     ctx ended is ats.Interrupted's answer, UPSTREAM_TIMEOUT (504) for a
//     deadline that passed and REQUEST_CANCELED for a client that hung up
//     (also when it was throttled on the way); other failures stay untyped
//     (INTERNAL, logged). See errors.go.
//   - Queries follow LastEvaluatedKey, which DynamoDB also returns on a page
//     cut at 1 MB with fewer than Limit items; no query uses a
//     FilterExpression, so Limit counts exactly the items returned.
//   - Items stay far below 400 KB: the router bounds every candidate field
//     (a candidate is at most a few tens of KB), applications are small and
//     jobs come only from the seed (the largest is about 2 KB). Keys are
//     bounded too: ids at 128 characters, emails at 254, filters at 200.
//   - The unfiltered lists and the by-status and by-stage lists read one
//     index partition each ("APP", "APP#STATUS#active", ...), and every
//     create writes to them: about 1000 writes a second per partition, far
//     above a sandbox's traffic, but a seed writing about a thousand
//     applications at once can exceed it, hence the unprocessed items above.
//
// On Lambda, Open uses the configuration awsenv loads: the region from
// AWS_REGION, the role's credentials from the variables Lambda sets, the
// regional endpoint (the Lambda build reads nothing else; the normal build
// the SDK's whole default chain). Its role needs GetItem, PutItem, UpdateItem,
// DeleteItem, Query, BatchGetItem, BatchWriteItem and DescribeTable (the
// start-up check) on the table and its indexes, which is what the infra
// stack grants; no Scan.
//
// # Seeding
//
// Seed is a lease on the marker item: a conditional put succeeds only when
// there is no marker or the previous seeder's lease (30 s) ran out, so of
// several concurrent cold starts one writes and the others poll until the
// marker says done. Seed items have fixed keys and are written with plain
// BatchWriteItem puts, so a seeder that finds a half-finished seed (items
// without a marker, or an expired lease) overwrites and completes it without
// duplicates. Counters are set only if absent and sequences only raised
// (to the seed's Next), so a repeated seed never resets them.
package dynamodb
