package dynamodb

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"golang.org/x/sync/errgroup"

	"github.com/atsbridge/atsbridge/ats"
)

// plan is how one list reads the table: Query on index over each partition
// in parts, merged in sort-key order, starting after lower. A plan with
// fixed set reads no index: its items were found by key (an email lookup)
// and carry the index's sort key.
type plan struct {
	index Index
	parts []string
	lower string
	fixed []item
	// counter names the counter item holding the size of this list when
	// the list is unfiltered, "" otherwise. Only such lists report a
	// total: a filtered total would need a read of every match, and a
	// total reported on some pages of a walk but not on others would
	// confuse more than it helps.
	counter string
}

// resolver turns a batch of index items into records; ok[i] is false for
// an item whose record is gone (only the candidates-by-job list looks
// records up).
type resolver[T any] func(ctx context.Context, its []item) (vals []T, ok []bool, err error)

// runList reads one page of p's records that pass keep.
//
// Filters DynamoDB cannot express as key conditions are applied here, on
// the records, and the walk continues until the page is full or the index
// is exhausted, so a page holds limit items wherever that many match. One
// extra match is read to make HasMore exact. Page mode walks from the
// start and passes over (page-1)*limit matches.
func runList[T any](ctx context.Context, s *Store, p plan, w ats.Window, resolve resolver[T], keep func(T) bool) (ats.Page[T], error) {
	limit := w.Limit
	if limit <= 0 {
		limit = ats.DefaultLimit
	}
	skip := 0
	after := p.lower
	if w.PageMode() {
		skip = (w.Page - 1) * limit
	} else if w.Cursor != "" {
		k, err := decodeContinuation(w.Cursor, p)
		if err != nil {
			return ats.Page[T]{}, err
		}
		after = max(after, k)
	}

	// The total is one GetItem that does not depend on the page: it is
	// read alongside the queries rather than after them, and the first
	// failure of either cancels the other.
	var (
		vals  []T
		keys  []item
		total *int
	)
	g, gctx := errgroup.WithContext(ctx)
	if p.counter != "" {
		g.Go(func() error {
			n, err := s.count(gctx, p.counter)
			total = &n
			return err
		})
	}
	g.Go(func() (err error) {
		vals, keys, err = readMatches(gctx, newStream(s, p, after, skip+limit+1), skip, limit, resolve, keep)
		return err
	})
	if err := g.Wait(); err != nil {
		return ats.Page[T]{}, err
	}

	page := ats.Page[T]{Items: vals[:min(limit, len(vals))], Total: total}
	if len(vals) > limit {
		page.HasMore = true
		page.Next = encodeContinuation(p.index, keys[limit-1])
	}
	return page, nil
}

// readMatches reads src until it has passed over skip matches and holds
// limit+1 more (or src ends), and returns those, with their index items.
// The result is never nil.
func readMatches[T any](ctx context.Context, src *stream, skip, limit int, resolve resolver[T], keep func(T) bool) ([]T, []item, error) {
	need := skip + limit + 1
	vals, keys := make([]T, 0, limit+1), make([]item, 0, limit+1)
	for matched := 0; matched < need; {
		batch, err := src.take(ctx, min(need-matched, 100))
		if err != nil || len(batch) == 0 {
			return vals, keys, err
		}
		got, ok, err := resolve(ctx, batch)
		if err != nil {
			return nil, nil, err
		}
		for i, v := range got {
			if !ok[i] || !keep(v) {
				continue
			}
			matched++
			if matched > skip {
				vals, keys = append(vals, v), append(keys, batch[i])
			}
			if matched == need {
				break
			}
		}
	}
	return vals, keys, nil
}

// stream yields index items in ascending index sort key order.
type stream struct {
	s       *Store
	index   Index
	sources []*source
	fixed   []item
	fetch   int32
}

// source is the read position in one index partition.
type source struct {
	pk    string
	after string
	start item // ExclusiveStartKey of the next query: the last LastEvaluatedKey
	buf   []item
	done  bool
}

// newStream opens p for reading after the sort key after. Queries ask for
// about as many items as the page needs, at most 500; DynamoDB may still
// cut a response at 1 MB, which fill handles like any other page.
func newStream(s *Store, p plan, after string, need int) *stream {
	st := &stream{s: s, index: p.index, fetch: int32(min(max(need, 10), 500))}
	if p.fixed != nil {
		for _, it := range p.fixed {
			if stringAttr(it, p.index.SK) > after {
				st.fixed = append(st.fixed, it)
			}
		}
		return st
	}
	for _, pk := range p.parts {
		st.sources = append(st.sources, &source{pk: pk, after: after})
	}
	return st
}

// take returns up to n next items; fewer only at the end.
func (st *stream) take(ctx context.Context, n int) ([]item, error) {
	var out []item
	for len(out) < n {
		it, err := st.next(ctx)
		if err != nil || it == nil {
			return out, err
		}
		out = append(out, it)
	}
	return out, nil
}

// next returns the item with the smallest sort key among the partitions'
// heads, or nil at the end.
func (st *stream) next(ctx context.Context) (item, error) {
	if st.sources == nil {
		if len(st.fixed) == 0 {
			return nil, nil
		}
		it := st.fixed[0]
		st.fixed = st.fixed[1:]
		return it, nil
	}
	var best *source
	for _, src := range st.sources {
		if err := st.fill(ctx, src); err != nil {
			return nil, err
		}
		if len(src.buf) == 0 {
			continue
		}
		if best == nil || stringAttr(src.buf[0], st.index.SK) < stringAttr(best.buf[0], st.index.SK) {
			best = src
		}
	}
	if best == nil {
		return nil, nil
	}
	it := best.buf[0]
	best.buf = best.buf[1:]
	return it, nil
}

// fill queries src's partition until its buffer has items or it is done.
// The page position is a key condition (sort key > after), which holds for
// every partition of a merged list; within one request the query pages on
// with ExclusiveStartKey. Only a missing LastEvaluatedKey ends a partition:
// DynamoDB sets it on a page cut at 1 MB with fewer than Limit items, and
// on a full page even when nothing follows (the next query is then empty).
// Index reads cannot be consistent reads; DynamoDB refuses ConsistentRead
// on a global secondary index.
func (st *stream) fill(ctx context.Context, src *source) error {
	for len(src.buf) == 0 && !src.done {
		in := &dynamodb.QueryInput{
			TableName:                 st.s.table,
			IndexName:                 aws.String(st.index.Name),
			KeyConditionExpression:    aws.String("#pk = :pk"),
			ExpressionAttributeNames:  map[string]string{"#pk": st.index.PK},
			ExpressionAttributeValues: item{":pk": str(src.pk)},
			ExclusiveStartKey:         src.start,
			Limit:                     aws.Int32(st.fetch),
		}
		if src.after != "" {
			in.KeyConditionExpression = aws.String("#pk = :pk AND #sk > :after")
			in.ExpressionAttributeNames["#sk"] = st.index.SK
			in.ExpressionAttributeValues[":after"] = str(src.after)
		}
		out, err := st.s.db.Query(ctx, in)
		if err != nil {
			return fmt.Errorf("dynamodb: query %s: %w", st.index.Name, err)
		}
		src.buf, src.start = out.Items, out.LastEvaluatedKey
		src.done = len(src.start) == 0
	}
	return nil
}

// decodeAll is the resolver of lists whose index items are the records.
func decodeAll[T any](decodeOne func(item) (T, error)) resolver[T] {
	return func(_ context.Context, its []item) ([]T, []bool, error) {
		vals, ok := make([]T, len(its)), make([]bool, len(its))
		for i, it := range its {
			v, err := decodeOne(it)
			if err != nil {
				return nil, nil, fmt.Errorf("dynamodb: %w", err)
			}
			vals[i], ok[i] = v, true
		}
		return vals, ok, nil
	}
}
