package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/vigie-cm/vigie/internal/verify"
)

// batchJob is one input line of `vigie verify --jsonl`, numbered in the
// order read so that its answer is written in that order.
type batchJob struct {
	seq, lineNo int
	line        []byte
	tooLong     bool
}

// batchAnswer is what a line gets: a BatchOut or a verifyErr, nothing for
// a blank line.
type batchAnswer struct {
	seq     int
	v       any
	verdict string
	bad     bool
}

// runVerifyBatch implements the --jsonl contract and returns the worst
// verdict and how many lines were answered with an error. Lines are
// independent, so up to workers of them are checked at once (one per CPU
// when workers is 0), each worker with its own verify.Batch; answers are
// written in input order.
func runVerifyBatch(ctx context.Context, ck *verify.Checker, r io.Reader, w io.Writer, workers int) (worst string, bad int, err error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	worst = verify.Pass

	jobs := make(chan batchJob, 4*workers)
	answers := make(chan batchAnswer, 4*workers)
	var readErr error
	go func() {
		// readErr is read after answers is closed, which happens after
		// jobs is closed here
		defer close(jobs)
		readErr = readBatchLines(ctx, bufio.NewReaderSize(r, 64*1024), jobs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := ck.NewBatch()
			for j := range jobs {
				answers <- answerBatchLine(ctx, b, j)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(answers)
	}()

	pending := map[int]batchAnswer{}
	next := 0
	var writeErr error
	for a := range answers {
		if writeErr != nil {
			continue // drain, so that the workers end
		}
		pending[a.seq] = a
		for {
			x, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if x.v == nil {
				continue
			}
			if x.bad {
				bad++
			} else if x.verdict == verify.Fail || (x.verdict == verify.Warn && worst == verify.Pass) {
				worst = x.verdict
			}
			if err := enc.Encode(x.v); err != nil {
				writeErr = err
				cancel()
				break
			}
		}
	}
	switch {
	case writeErr != nil:
		return worst, bad, writeErr
	case readErr != nil:
		return worst, bad, readErr
	}
	return worst, bad, nil
}

// readBatchLines sends the lines of br as jobs until EOF: a line over
// verifyMaxLineBytes is sent without its bytes, to be answered with an
// error. It stops early when ctx is done.
func readBatchLines(ctx context.Context, br *bufio.Reader, jobs chan<- batchJob) error {
	lineNo := 0
	for seq := 0; ; seq++ {
		var buf []byte
		tooLong := false
		var readErr error
		for {
			chunk, isPrefix, err := br.ReadLine()
			if err != nil {
				readErr = err
				break
			}
			if !tooLong {
				if len(buf)+len(chunk) > verifyMaxLineBytes {
					// (what was read stays, for the id of the error)
					tooLong = true
				} else {
					buf = append(buf, chunk...)
				}
			}
			if !isPrefix {
				break
			}
		}
		if readErr != nil && len(buf) == 0 && !tooLong {
			if errors.Is(readErr, io.EOF) {
				return nil
			}
			return fmt.Errorf("verify: reading stdin: %w", readErr)
		}
		lineNo++
		if err := ctx.Err(); err != nil {
			return err
		}
		select {
		case jobs <- batchJob{seq: seq, lineNo: lineNo, line: buf, tooLong: tooLong}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// answerBatchLine checks one line with b.
func answerBatchLine(ctx context.Context, b *verify.Batch, j batchJob) batchAnswer {
	a := batchAnswer{seq: j.seq}
	if j.tooLong {
		a.bad = true
		a.v = verifyErr{ID: verifyLooseID(j.line), Error: fmt.Sprintf("line %d is over %d bytes", j.lineNo, verifyMaxLineBytes)}
		return a
	}
	if len(bytes.TrimSpace(j.line)) == 0 || ctx.Err() != nil {
		return a
	}
	out, err := b.Line(ctx, j.line)
	if err != nil {
		id := out.ID
		if id == nil {
			id = verifyLooseID(j.line)
		}
		a.bad = true
		a.v = verifyErr{ID: id, Error: fmt.Sprintf("line %d: %v", j.lineNo, err)}
		return a
	}
	a.verdict, a.v = out.Verdict, out
	return a
}
