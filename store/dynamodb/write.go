package dynamodb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/atsbridge/atsbridge/ats"
	"github.com/atsbridge/atsbridge/ats/preview"
)

// undoTimeout bounds the clean-up after a failed write. It runs on a
// context detached from the request's, so a client that hangs up or a
// Lambda deadline does not leave half a write behind.
const undoTimeout = 10 * time.Second

// CreateCandidate numbers and stores c and, when app is not nil, its
// application.
//
// Without transactions the steps are: check the job (consistent read; jobs
// never change status in the sandbox, so the check cannot go stale), take
// the numbers, claim the email, put the candidate, claim the candidate+job
// pair, put the application, bump the list counters. A step that fails is
// undone together with the earlier ones, newest first (the failed step
// too: it may have happened with its answer lost), so a failed request
// leaves no item behind; its numbers stay used. A reader may see the
// candidate for the moment between its put and the undo. The times given
// are kept (see preview.Store: records numbered at the same moment may be
// written out of list order).
//
// attach runs after the email is claimed and before the candidate is put,
// so a refused email writes no file; its undo joins the others, oldest
// but one (after the claim's release), so a failed create that could not
// undo its candidate keeps the file the candidate points at.
func (s *Store) CreateCandidate(ctx context.Context, c *ats.Candidate, app *ats.Application, attach preview.Attach) error {
	if err := s.usable(ctx, "create candidate"); err != nil {
		return err
	}
	nc := *c
	var na *ats.Application
	if app != nil {
		job, err := s.get(ctx, jobPK(app.JobID), skJob)
		if err != nil {
			return fmt.Errorf("dynamodb: create candidate: read job: %w", err)
		}
		if err := jobOpen(app.JobID, job); err != nil {
			return err
		}
		a := *app
		na = &a
	}
	var err error
	if nc.ID, err = s.nextID(ctx, preview.SeqCandidate); err != nil {
		return fmt.Errorf("dynamodb: create candidate: %w", err)
	}
	var appItem item
	if na != nil {
		if na.ID, err = s.nextID(ctx, preview.SeqApplication); err != nil {
			return fmt.Errorf("dynamodb: create candidate: %w", err)
		}
		na.CandidateID = nc.ID
		if appItem, err = applicationItem(*na, nc.CreatedAt); err != nil {
			return fmt.Errorf("dynamodb: create candidate: %w", err)
		}
	}

	var u undo
	releaseEmail := func(ctx context.Context) error { return s.release(ctx, emailPK(nc.Email), skEmail, nc.ID) }
	holder, err := s.claim(ctx, emailPK(nc.Email), skEmail, typeEmail, nc.ID, candidateRecord)
	if err != nil {
		// The claim may have been written with its answer lost.
		u.push(releaseEmail)
		return u.run(ctx, fmt.Errorf("dynamodb: create candidate: claim email: %w", err))
	}
	if holder != "" {
		return preview.CandidateExists(holder)
	}
	u.push(releaseEmail)

	if attach != nil {
		undoAttach, err := attach(ctx, &nc)
		if err != nil {
			return u.run(ctx, fmt.Errorf("dynamodb: create candidate: %w", err))
		}
		u.push(undoAttach)
	}
	candItem, err := candidateItem(nc)
	if err != nil {
		return u.run(ctx, fmt.Errorf("dynamodb: create candidate: %w", err))
	}
	if err := s.putRecord(ctx, candItem, &u); err != nil {
		return u.run(ctx, fmt.Errorf("dynamodb: create candidate: %w", err))
	}

	if na != nil {
		if err := s.writeApplication(ctx, *na, appItem, &u); err != nil {
			return u.run(ctx, err)
		}
		if err := s.addApplication(ctx, *na, &u); err != nil {
			return u.run(ctx, fmt.Errorf("dynamodb: create candidate: %w", err))
		}
		s.bumpCounts(ctx, countCandidates, countApplications)
		*app = *na
	} else {
		s.bumpCounts(ctx, countCandidates)
	}
	*c = nc
	return nil
}

// setResumeTries bounds SetResumeURL's rounds against concurrent changes
// of the same candidate.
const setResumeTries = 5

// SetResumeURL sets a candidate's resume_url and moves its updated_at on:
// the record is read, changed and written back on the condition that it
// is still the one read (optimistic, retried a few times), so a
// concurrent change of the candidate is never lost.
func (s *Store) SetResumeURL(ctx context.Context, id string, url *string, at time.Time) (ats.Candidate, error) {
	if err := s.usable(ctx, "set resume url"); err != nil {
		return ats.Candidate{}, err
	}
	for range setResumeTries {
		it, err := s.get(ctx, candidatePK(id), skCandidate)
		if err != nil {
			return ats.Candidate{}, fmt.Errorf("dynamodb: set resume url: %w", err)
		}
		if it == nil {
			return ats.Candidate{}, ats.NotFound("candidate", id)
		}
		c, err := decodeCandidate(it)
		if err != nil {
			return ats.Candidate{}, fmt.Errorf("dynamodb: set resume url: %w", err)
		}
		c.ResumeURL = url
		if at.After(c.UpdatedAt) {
			c.UpdatedAt = at
		}
		next, err := candidateItem(c)
		if err != nil {
			return ats.Candidate{}, fmt.Errorf("dynamodb: set resume url: %w", err)
		}
		out, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:                 s.table,
			Key:                       key(candidatePK(id), skCandidate),
			UpdateExpression:          aws.String("SET #doc = :new"),
			ConditionExpression:       aws.String("#doc = :old"),
			ExpressionAttributeNames:  map[string]string{"#doc": attrDoc},
			ExpressionAttributeValues: item{":new": next[attrDoc], ":old": it[attrDoc]},
			// The item as written, applications added meanwhile included,
			// without a second read.
			ReturnValues: types.ReturnValueAllNew,
		})
		if conditionFailed(err) {
			continue
		}
		if err == nil {
			c, err = s.candidateOf(ctx, out.Attributes)
		}
		if err != nil {
			return ats.Candidate{}, fmt.Errorf("dynamodb: set resume url: %w", err)
		}
		return c, nil
	}
	return ats.Candidate{}, fmt.Errorf("dynamodb: set resume url: candidate %s kept changing", id)
}

// CreateApplication numbers and stores app after checking that its
// candidate and job exist, that no application for the pair exists and
// that the job is open, in that order, as the other stores do. The reads
// are one consistent batch read; the pair's claim then decides races
// between concurrent requests.
func (s *Store) CreateApplication(ctx context.Context, app *ats.Application) error {
	if err := s.usable(ctx, "create application"); err != nil {
		return err
	}
	na := *app
	candPK, jPK, pPK := candidatePK(na.CandidateID), jobPK(na.JobID), pairPK(na.CandidateID, na.JobID)
	found, err := s.batchGet(ctx, []item{key(candPK, skCandidate), key(jPK, skJob), key(pPK, skPair)})
	if err != nil {
		return fmt.Errorf("dynamodb: create application: read candidate and job: %w", err)
	}
	candIt, ok := found[candPK]
	if !ok {
		return ats.NotFound("candidate", na.CandidateID)
	}
	jobIt, ok := found[jPK]
	if !ok {
		return ats.NotFound("job", na.JobID)
	}
	if _, taken := found[pPK]; taken {
		holder, err := s.holder(ctx, pPK, skPair, "", applicationRecord)
		if err != nil {
			return fmt.Errorf("dynamodb: create application: read claim: %w", err)
		}
		if holder != "" {
			return preview.ApplicationExists(holder)
		}
	}
	if err := jobOpen(na.JobID, jobIt); err != nil {
		return err
	}
	cand, err := decodeCandidate(candIt)
	if err != nil {
		return fmt.Errorf("dynamodb: create application: %w", err)
	}
	if na.ID, err = s.nextID(ctx, preview.SeqApplication); err != nil {
		return fmt.Errorf("dynamodb: create application: %w", err)
	}
	appItem, err := applicationItem(na, cand.CreatedAt)
	if err != nil {
		return fmt.Errorf("dynamodb: create application: %w", err)
	}
	var u undo
	if err := s.writeApplication(ctx, na, appItem, &u); err != nil {
		return u.run(ctx, err)
	}
	if err := s.addApplication(ctx, na, &u); err != nil {
		return u.run(ctx, fmt.Errorf("dynamodb: create application: %w", err))
	}
	s.bumpCounts(ctx, countApplications)
	*app = na
	return nil
}

// writeApplication claims the application's candidate+job pair and puts
// its item, pushing the undo of what it wrote onto u.
func (s *Store) writeApplication(ctx context.Context, app ats.Application, it item, u *undo) error {
	pPK := pairPK(app.CandidateID, app.JobID)
	releasePair := func(ctx context.Context) error { return s.release(ctx, pPK, skPair, app.ID) }
	holder, err := s.claim(ctx, pPK, skPair, typePair, app.ID, applicationRecord)
	if err != nil {
		u.push(releasePair) // the claim may have been written with its answer lost
		return fmt.Errorf("dynamodb: create application: claim candidate and job: %w", err)
	}
	if holder != "" {
		return preview.ApplicationExists(holder)
	}
	u.push(releasePair)
	if err := s.putRecord(ctx, it, u); err != nil {
		return fmt.Errorf("dynamodb: create application: %w", err)
	}
	return nil
}

// addApplication adds app to its candidate's item (attrApps), so that
// candidate reads and lists need no read of the applications. It runs
// once the application is stored: a reader never finds an id there whose
// application is missing. The undo, the entry's removal, is pushed first,
// as an update whose answer was lost may have happened. A candidate item
// written before candidates kept their applications is left as it is (the
// condition fails): its reads use the index.
func (s *Store) addApplication(ctx context.Context, app ats.Application, u *undo) error {
	update := func(ctx context.Context, expr string) error {
		_, err := s.db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:                 s.table,
			Key:                       key(candidatePK(app.CandidateID), skCandidate),
			UpdateExpression:          aws.String(expr),
			ConditionExpression:       aws.String("#kept = :one"),
			ExpressionAttributeNames:  map[string]string{"#apps": attrApps, "#kept": attrOwnsApps},
			ExpressionAttributeValues: item{":entry": &types.AttributeValueMemberSS{Value: []string{appEntry(app)}}, ":one": num(1)},
		})
		if conditionFailed(err) {
			return nil
		}
		return err
	}
	u.push(func(ctx context.Context) error { return update(ctx, "DELETE #apps :entry") })
	if err := update(ctx, "ADD #apps :entry"); err != nil {
		return fmt.Errorf("add the application to its candidate: %w", err)
	}
	return nil
}

// putRecord writes a new record and pushes its undo onto u. An item already
// under its key is an error, unless it is this very record: the SDK retries
// a put whose response was lost, and the retry then finds the first
// attempt's item.
//
// The undo is pushed before the put is sent: a put that fails may still
// have been written (the answer lost, or the deadline passing while the
// request was on its way), and a record left behind without its claim
// would let a second candidate take its email or a second application its
// candidate+job pair. The undo deletes the record only if it is this one.
func (s *Store) putRecord(ctx context.Context, it item, u *undo) error {
	pk, sk, doc := stringAttr(it, AttrPK), stringAttr(it, AttrSK), stringAttr(it, attrDoc)
	u.push(func(ctx context.Context) error { return s.deleteRecord(ctx, pk, sk, doc) })
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:                s.table,
		Item:                     it,
		ConditionExpression:      aws.String("attribute_not_exists(#pk)"),
		ExpressionAttributeNames: map[string]string{"#pk": AttrPK},
	})
	if !conditionFailed(err) {
		return err
	}
	cur, gerr := s.get(ctx, pk, sk)
	if gerr != nil {
		return gerr
	}
	if cur != nil && stringAttr(cur, attrDoc) == doc {
		return nil
	}
	return fmt.Errorf("%s %s: id is already taken", stringAttr(it, attrType), stringAttr(it, attrID))
}

// deleteRecord removes the record under pk and sk if it is the one this
// request wrote (its JSON is doc); another record, or none, stays as it is.
func (s *Store) deleteRecord(ctx context.Context, pk, sk, doc string) error {
	_, err := s.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 s.table,
		Key:                       key(pk, sk),
		ConditionExpression:       aws.String("#doc = :doc"),
		ExpressionAttributeNames:  map[string]string{"#doc": attrDoc},
		ExpressionAttributeValues: item{":doc": str(doc)},
	})
	if conditionFailed(err) {
		return nil
	}
	return err
}

// undo collects the compensating deletes of a multi-item write.
type undo struct {
	steps []func(context.Context) error
}

func (u *undo) push(step func(context.Context) error) { u.steps = append(u.steps, step) }

// run undoes the steps, newest first, and returns cause, joined with the
// undo's own failure if it had one. Every undo step is conditional on the
// item being this request's, so undoing a step that never took effect is
// harmless.
//
// run stops at the first step it cannot undo. What is left is then always
// a prefix of the write, which is a consistent state: records with their
// claims (as if the request had stopped there), and at most one claim
// without its record, which counts as in flight and is taken over once
// stale. Going on would release claims whose records stay, and a record
// without its claim lets a second candidate take its email.
func (u *undo) run(ctx context.Context, cause error) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), undoTimeout)
	defer cancel()
	steps := u.steps
	u.steps = nil
	for i := len(steps) - 1; i >= 0; i-- {
		if err := steps[i](ctx); err != nil {
			return errors.Join(cause, fmt.Errorf("undo: %w", err))
		}
	}
	return cause
}

// jobOpen checks that the job item exists and is open.
func jobOpen(id string, it item) error {
	if it == nil {
		return ats.NotFound("job", id)
	}
	j, err := decodeJob(it)
	if err != nil {
		return fmt.Errorf("dynamodb: %w", err)
	}
	if j.Status != ats.JobOpen {
		return preview.JobNotOpen(id, j.Status)
	}
	return nil
}
