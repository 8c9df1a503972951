package dynamodb

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/atsbridge/atsbridge/ats"
)

// Job returns one job.
func (s *Store) Job(ctx context.Context, id string) (ats.Job, error) {
	if err := s.usable(ctx, "job"); err != nil {
		return ats.Job{}, err
	}
	it, err := s.get(ctx, jobPK(id), skJob)
	if err != nil {
		return ats.Job{}, fmt.Errorf("dynamodb: job: %w", err)
	}
	if it == nil {
		return ats.Job{}, ats.NotFound("job", id)
	}
	j, err := decodeJob(it)
	if err != nil {
		return ats.Job{}, fmt.Errorf("dynamodb: job: %w", err)
	}
	return j, nil
}

// Candidate returns one candidate with its application ids.
func (s *Store) Candidate(ctx context.Context, id string) (ats.Candidate, error) {
	if err := s.usable(ctx, "candidate"); err != nil {
		return ats.Candidate{}, err
	}
	it, err := s.get(ctx, candidatePK(id), skCandidate)
	if err != nil {
		return ats.Candidate{}, fmt.Errorf("dynamodb: candidate: %w", err)
	}
	if it == nil {
		return ats.Candidate{}, ats.NotFound("candidate", id)
	}
	c, err := s.candidateOf(ctx, it)
	if err != nil {
		return ats.Candidate{}, fmt.Errorf("dynamodb: candidate: %w", err)
	}
	return c, nil
}

// candidateOf decodes a candidate item with its application ids, read from
// the index when the item does not keep them.
func (s *Store) candidateOf(ctx context.Context, it item) (ats.Candidate, error) {
	c, err := decodeCandidate(it)
	if err != nil {
		return ats.Candidate{}, err
	}
	if c.ApplicationIDs == nil { // an item that does not keep them
		if c.ApplicationIDs, _, err = s.applicationsOf(ctx, c.ID); err != nil {
			return ats.Candidate{}, err
		}
	}
	return c, nil
}

// Application returns one application.
func (s *Store) Application(ctx context.Context, id string) (ats.Application, error) {
	if err := s.usable(ctx, "application"); err != nil {
		return ats.Application{}, err
	}
	it, err := s.get(ctx, applicationPK(id), skApplication)
	if err != nil {
		return ats.Application{}, fmt.Errorf("dynamodb: application: %w", err)
	}
	if it == nil {
		return ats.Application{}, ats.NotFound("application", id)
	}
	a, err := decodeApplication(it)
	if err != nil {
		return ats.Application{}, fmt.Errorf("dynamodb: application: %w", err)
	}
	return a, nil
}

// applicationsOf returns the ids of the candidate's applications in
// (applied_at, id) order and the job of each, from the by-candidate index,
// for candidate items written before candidates kept their applications
// (candidateApps). Index reads are eventually consistent: on AWS an
// application created a moment ago may be missing for a fraction of a
// second.
func (s *Store) applicationsOf(ctx context.Context, candidateID string) (ids, jobs []string, err error) {
	ids, jobs = []string{}, []string{}
	in := &dynamodb.QueryInput{
		TableName:                 s.table,
		IndexName:                 aws.String(idxAppsByCand.Name),
		KeyConditionExpression:    aws.String("#pk = :pk"),
		ProjectionExpression:      aws.String("#id, #job"),
		ExpressionAttributeNames:  map[string]string{"#pk": idxAppsByCand.PK, "#id": attrID, "#job": attrJob},
		ExpressionAttributeValues: item{":pk": str(gpAppCandidate(candidateID))},
	}
	p := dynamodb.NewQueryPaginator(s.db, in)
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("applications of a candidate: %w", err)
		}
		for _, it := range out.Items {
			ids = append(ids, stringAttr(it, attrID))
			jobs = append(jobs, stringAttr(it, attrJob))
		}
	}
	return ids, jobs, nil
}
