package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"
)

// CommentAuthor is what a brand knows of one author on one network.
type CommentAuthor struct {
	BrandID int64
	Network string
	// Author is the key: the handle, or the display name when the network
	// gave no handle (see AuthorKey).
	Author string
	Name   string
	// Comments counts every comment stored; Hidden those hidden now (the
	// policy's and humans' hides, less unhides); Hostile those labelled
	// hate, harassment or toxic at arrival.
	Comments, Hidden, Hostile int
	FirstSeen, LastSeen       time.Time
	// Flag is "vip", "blocked" or "": a human's call, with who made it
	// and when.
	Flag   string
	FlagBy *int64
	FlagAt *time.Time
}

// AuthorRef names an author of a brand.
type AuthorRef struct{ Network, Author string }

// AuthorFlags are the manual flags an author can carry ("" is none).
var AuthorFlags = []string{"", "vip", "blocked"}

// AuthorKey is how a comment's author is keyed: the handle, else the name.
func AuthorKey(c Comment) string {
	if c.AuthorHandle != "" {
		return c.AuthorHandle
	}
	return c.Author
}

// AuthorStore keeps the author history of the brands' inboxes. The SQL
// store implements it; callers reach it with a type assertion on Store.
type AuthorStore interface {
	// RecordAuthorComment counts one more comment of an author, seen at
	// at, hidden and hostile or not, creating the author when new.
	RecordAuthorComment(ctx context.Context, brandID int64, network, author, name string, at time.Time, hidden, hostile bool) error
	// AddAuthorHidden moves an author's hidden count by delta (a human
	// hid or unhid one of their comments); it never goes below zero, and
	// an unknown author is ErrNotFound.
	AddAuthorHidden(ctx context.Context, brandID int64, network, author string, delta int) error
	// SetAuthorFlag sets or clears ("") the manual flag, recording who
	// and when; an author not seen yet is created.
	SetAuthorFlag(ctx context.Context, a *CommentAuthor) error
	// GetAuthor returns one author, or ErrNotFound.
	GetAuthor(ctx context.Context, brandID int64, network, author string) (CommentAuthor, error)
	// AuthorsOf returns the known authors among refs.
	AuthorsOf(ctx context.Context, brandID int64, refs []AuthorRef) (map[AuthorRef]CommentAuthor, error)
	// CountAuthorHidden counts the author's comments received since a
	// time that are hidden now.
	CountAuthorHidden(ctx context.Context, brandID int64, network, author string, since time.Time) (int, error)
	// AuthorHiddenTimes returns when the author's comments hidden now
	// were received, for those received since a time (in no order).
	AuthorHiddenTimes(ctx context.Context, brandID int64, network, author string, since time.Time) ([]time.Time, error)
}

var _ AuthorStore = (*sqlStore)(nil)

func (s *sqlStore) RecordAuthorComment(ctx context.Context, brandID int64, network, author, name string, at time.Time, hidden, hostile bool) error {
	if author == "" || len(author) > 200 || len(name) > 200 {
		return invalid("record author of brand %d: author empty or over 200 bytes", brandID)
	}
	_, err := s.q.ExecContext(ctx, s.sql("author.record"), brandID, network, author, name, b2i(hidden), b2i(hostile), s.ts(at))
	return wrap(err, "record author %q (%s) of brand %d", author, network, brandID)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *sqlStore) AddAuthorHidden(ctx context.Context, brandID int64, network, author string, delta int) error {
	res, err := s.q.ExecContext(ctx, s.sql("author.hidden"), brandID, network, author, delta)
	return affected(res, err, "move hidden count of author %q (%s) of brand %d", author, network, brandID)
}

func (s *sqlStore) SetAuthorFlag(ctx context.Context, a *CommentAuthor) error {
	if a.Author == "" || len(a.Author) > 200 || len(a.Name) > 200 {
		return invalid("flag author of brand %d: author empty or over 200 bytes", a.BrandID)
	}
	if !oneOf(a.Flag, AuthorFlags) {
		return invalid("flag author %q of brand %d: flag %q is not vip, blocked or empty", a.Author, a.BrandID, a.Flag)
	}
	if a.FlagAt == nil {
		t := now()
		a.FlagAt = &t
	}
	_, err := s.q.ExecContext(ctx, s.sql("author.flag"), a.BrandID, a.Network, a.Author, a.Name, s.ts(*a.FlagAt), a.Flag,
		nullInt(a.FlagBy), s.ts(*a.FlagAt))
	return wrap(err, "flag author %q (%s) of brand %d", a.Author, a.Network, a.BrandID)
}

func scanAuthor(r commentRow) (CommentAuthor, error) {
	var a CommentAuthor
	var by sql.NullInt64
	err := r.Scan(&a.BrandID, &a.Network, &a.Author, &a.Name, &a.Comments, &a.Hidden, &a.Hostile, timeScan{&a.FirstSeen},
		timeScan{&a.LastSeen}, &a.Flag, &by, nullTimeScan{&a.FlagAt})
	if by.Valid {
		a.FlagBy = &by.Int64
	}
	return a, err
}

func (s *sqlStore) GetAuthor(ctx context.Context, brandID int64, network, author string) (CommentAuthor, error) {
	a, err := scanAuthor(s.q.QueryRowContext(ctx, s.sql("author.get"), brandID, network, author))
	if err != nil {
		return CommentAuthor{}, wrap(err, "get author %q (%s) of brand %d", author, network, brandID)
	}
	return a, nil
}

// authorsChunk keeps each AuthorsOf query well under the engines'
// parameter limits.
const authorsChunk = 200

func (s *sqlStore) AuthorsOf(ctx context.Context, brandID int64, refs []AuthorRef) (map[AuthorRef]CommentAuthor, error) {
	out := map[AuthorRef]CommentAuthor{}
	for start := 0; start < len(refs); start += authorsChunk {
		part := refs[start:min(start+authorsChunk, len(refs))]
		var b strings.Builder
		args := []any{brandID}
		b.WriteString(s.sql("author.columns") + " WHERE brand_id = $1 AND (")
		for i, r := range part {
			if i > 0 {
				b.WriteString(" OR ")
			}
			args = append(args, r.Network, r.Author)
			b.WriteString("(network = $" + strconv.Itoa(len(args)-1) + " AND author = $" + strconv.Itoa(len(args)) + ")")
		}
		b.WriteString(")")
		if err := s.authorRows(ctx, b.String(), args, out); err != nil {
			return nil, wrap(err, "authors of brand %d", brandID)
		}
	}
	return out, nil
}

func (s *sqlStore) authorRows(ctx context.Context, q string, args []any, into map[AuthorRef]CommentAuthor) error {
	rows, err := s.q.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanAuthor(rows)
		if err != nil {
			return err
		}
		into[AuthorRef{a.Network, a.Author}] = a
	}
	return rows.Err()
}

func (s *sqlStore) CountAuthorHidden(ctx context.Context, brandID int64, network, author string, since time.Time) (int, error) {
	var n int
	err := s.q.QueryRowContext(ctx, s.sql("author.hidden_since"), brandID, network, author, s.ts(since)).Scan(&n)
	return n, wrap(err, "count hidden comments of author %q (%s) of brand %d", author, network, brandID)
}

func (s *sqlStore) AuthorHiddenTimes(ctx context.Context, brandID int64, network, author string, since time.Time) ([]time.Time, error) {
	rows, err := s.q.QueryContext(ctx, s.sql("author.hidden_times"), brandID, network, author, s.ts(since))
	if err != nil {
		return nil, wrap(err, "hidden comments of author %q (%s) of brand %d", author, network, brandID)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var t time.Time
		if err := rows.Scan(timeScan{&t}); err != nil {
			return nil, wrap(err, "hidden comments of author %q (%s) of brand %d", author, network, brandID)
		}
		out = append(out, t)
	}
	return out, wrap(rows.Err(), "hidden comments of author %q (%s) of brand %d", author, network, brandID)
}
