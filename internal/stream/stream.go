// Package stream carries Vigie's events and jobs over NATS JetStream: an
// embedded server storing in the data folder for one machine, or an
// external JetStream cluster for scale-out. Messages are published with an
// id, so a retried publish is stored once; durable consumers ack what their
// handler finished, nak with a growing delay what failed, and give up
// after a bounded number of deliveries.
package stream

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Config says where the stream lives.
type Config struct {
	// URL of an external JetStream server (nats://host:port); empty runs
	// an embedded server in this process.
	URL string
	// DataDir is the data folder; the embedded server stores under
	// DataDir/nats.
	DataDir string
	// Listen, when set (host:port), lets the embedded server accept TCP
	// clients too; by default it listens on no port and only this process
	// connects, in memory.
	Listen string
	// Namespace prefixes subjects ("vigie" -> "vigie.jobs.>") and stream
	// names ("VIGIE_JOBS"); tests use a unique one per run so that runs
	// sharing a server do not collide. Empty means "vigie".
	Namespace string
	Logger    *slog.Logger
}

// Stream is an open connection to JetStream.
type Stream struct {
	nc  *nats.Conn
	js  jetstream.JetStream
	srv *server.Server // nil when external
	ns  string
	log *slog.Logger

	mu        sync.Mutex
	consumers []*Consumer
}

// Open starts the embedded server (when cfg.URL is empty) and connects.
func Open(ctx context.Context, cfg Config) (*Stream, error) {
	s := &Stream{ns: cfg.Namespace, log: cfg.Logger}
	if s.ns == "" {
		s.ns = "vigie"
	}
	if strings.ContainsAny(s.ns, ".*> \t") {
		return nil, fmt.Errorf("stream: namespace %q must not contain dots, wildcards or spaces", s.ns)
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	opts := []nats.Option{
		nats.Name("vigie"),
		nats.MaxReconnects(-1),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				s.log.Warn("stream: disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(*nats.Conn) { s.log.Info("stream: reconnected") }),
	}
	url := cfg.URL
	if url == "" {
		srv, err := startEmbedded(cfg)
		if err != nil {
			return nil, err
		}
		s.srv = srv
		opts = append(opts, nats.InProcessServer(srv))
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		s.shutdownServer()
		return nil, fmt.Errorf("stream: connecting to %s: %w", s.Kind(), err)
	}
	s.nc = nc
	js, err := jetstream.New(nc)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("stream: jetstream: %w", err)
	}
	s.js = js
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func startEmbedded(cfg Config) (*server.Server, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("stream: the embedded server needs a data folder")
	}
	dir := filepath.Join(cfg.DataDir, "nats")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("stream: creating %s: %w", dir, err)
	}
	opts := &server.Options{
		ServerName: "vigie-embedded",
		JetStream:  true,
		StoreDir:   dir,
		DontListen: cfg.Listen == "",
		NoSigs:     true,
		NoLog:      true,
		// The embedded server has one client, this process: a small
		// memory budget is plenty, and streams are file-backed anyway.
		JetStreamMaxMemory: 64 << 20,
	}
	if cfg.Listen != "" {
		host, port, err := splitHostPort(cfg.Listen)
		if err != nil {
			return nil, err
		}
		if port == 0 {
			port = server.RANDOM_PORT // NATS reads 0 as its default 4222
		}
		opts.Host, opts.Port = host, port
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("stream: embedded server: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		srv.Shutdown()
		return nil, fmt.Errorf("stream: embedded server storing in %s did not start within 30s", dir)
	}
	return srv, nil
}

func splitHostPort(hp string) (string, int, error) {
	i := strings.LastIndexByte(hp, ':')
	if i < 0 {
		return "", 0, fmt.Errorf("stream: listen address %q: want host:port", hp)
	}
	var port int
	if _, err := fmt.Sscanf(hp[i+1:], "%d", &port); err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("stream: listen address %q: bad port", hp)
	}
	return hp[:i], port, nil
}

// Kind is "embedded" or "external", as /healthz reports it.
func (s *Stream) Kind() string {
	if s.srv != nil {
		return "embedded"
	}
	return "external"
}

// ClientURL is where other processes reach the embedded server when
// Config.Listen is set; empty otherwise.
func (s *Stream) ClientURL() string {
	if s.srv == nil || s.srv.Addr() == nil {
		return ""
	}
	return s.srv.ClientURL()
}

// Namespace is the subject prefix in use.
func (s *Stream) Namespace() string { return s.ns }

// Subject builds a subject in the namespace: Subject("jobs", "verify")
// is "vigie.jobs.verify".
func (s *Stream) Subject(parts ...string) string {
	return s.ns + "." + strings.Join(parts, ".")
}

// Ping checks that the connection is up and JetStream answers.
func (s *Stream) Ping(ctx context.Context) error {
	if s.nc == nil || !s.nc.IsConnected() {
		return fmt.Errorf("stream: %s server not connected", s.Kind())
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := s.js.AccountInfo(ctx); err != nil {
		return fmt.Errorf("stream: %s JetStream not answering: %w", s.Kind(), err)
	}
	return nil
}

// Close stops the consumers (letting running handlers finish), drains the
// connection and shuts the embedded server down, flushing its storage.
func (s *Stream) Close() error {
	s.mu.Lock()
	cs := s.consumers
	s.consumers = nil
	s.mu.Unlock()
	for _, c := range cs {
		c.Stop()
	}
	if s.nc != nil {
		// Drain delivers what is in flight and flushes pending publishes.
		if err := s.nc.Drain(); err != nil {
			s.nc.Close()
		}
		for i := 0; i < 100 && !s.nc.IsClosed(); i++ {
			time.Sleep(20 * time.Millisecond)
		}
		s.nc.Close()
	}
	s.shutdownServer()
	return nil
}

func (s *Stream) shutdownServer() {
	if s.srv != nil {
		s.srv.Shutdown()
		s.srv.WaitForShutdown()
	}
}

// Spec describes a stream: one purpose, its subjects.
type Spec struct {
	// Purpose names the stream within the namespace: "jobs" makes stream
	// VIGIE_JOBS over subjects vigie.jobs.>.
	Purpose string
	// MaxAge drops messages older than this; zero keeps them until limits.
	MaxAge time.Duration
	// MaxBytes bounds the stream's storage; zero means 1 GiB.
	MaxBytes int64
	// Dedup is the window in which a repeated message id is dropped; zero
	// means 2 minutes.
	Dedup time.Duration
	// WorkQueue removes a message once it is acked (jobs); otherwise the
	// stream keeps it for every consumer (mentions read by several).
	WorkQueue bool
	Replicas  int
}

// Standard streams of Vigie: inbound mentions and comments, and jobs.
var (
	Mentions = Spec{Purpose: "mentions", MaxAge: 30 * 24 * time.Hour}
	Jobs     = Spec{Purpose: "jobs", WorkQueue: true, MaxAge: 7 * 24 * time.Hour}
	Comments = Spec{Purpose: "comments", WorkQueue: true, MaxAge: 7 * 24 * time.Hour}
)

// StreamName is the JetStream name of a purpose in this namespace.
func (s *Stream) StreamName(purpose string) string {
	return strings.ToUpper(s.ns + "_" + purpose)
}

// Ensure creates the stream of spec or updates it to spec.
func (s *Stream) Ensure(ctx context.Context, spec Spec) error {
	if spec.Purpose == "" || strings.ContainsAny(spec.Purpose, ".*> ") {
		return fmt.Errorf("stream: purpose %q must be a single word", spec.Purpose)
	}
	cfg := jetstream.StreamConfig{
		Name:       s.StreamName(spec.Purpose),
		Subjects:   []string{s.Subject(spec.Purpose, ">")},
		Storage:    jetstream.FileStorage,
		MaxAge:     spec.MaxAge,
		MaxBytes:   spec.MaxBytes,
		Duplicates: spec.Dedup,
		Replicas:   max(spec.Replicas, 1),
		Retention:  jetstream.LimitsPolicy,
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = 1 << 30
	}
	if cfg.Duplicates == 0 {
		cfg.Duplicates = 2 * time.Minute
	}
	if spec.WorkQueue {
		cfg.Retention = jetstream.WorkQueuePolicy
	}
	if _, err := s.js.CreateOrUpdateStream(ctx, cfg); err != nil {
		return fmt.Errorf("stream: ensuring stream %s: %w", cfg.Name, err)
	}
	return nil
}

// Created returns when the purpose's stream was created. A stream deleted
// and made again restarts its sequence numbers; a position kept elsewhere
// (the radar's stored series) uses this to tell the two apart.
func (s *Stream) Created(ctx context.Context, purpose string) (time.Time, error) {
	st, err := s.js.Stream(ctx, s.StreamName(purpose))
	if err != nil {
		return time.Time{}, fmt.Errorf("stream: %s: %w", s.StreamName(purpose), err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		return time.Time{}, fmt.Errorf("stream: %s info: %w", s.StreamName(purpose), err)
	}
	return info.Created.UTC(), nil
}

// Delete removes the stream of a purpose and its messages (tests, resets).
func (s *Stream) Delete(ctx context.Context, purpose string) error {
	err := s.js.DeleteStream(ctx, s.StreamName(purpose))
	if err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
		return fmt.Errorf("stream: deleting %s: %w", s.StreamName(purpose), err)
	}
	return nil
}

// Publish stores data on subject and waits for JetStream's ack. id, when
// not empty, de-duplicates: publishing the same id again within the
// stream's window stores nothing new, so a retry after a lost ack is safe.
// It reports whether the message was a duplicate.
func (s *Stream) Publish(ctx context.Context, subject string, data []byte, id string) (dup bool, err error) {
	var opts []jetstream.PublishOpt
	if id != "" {
		opts = append(opts, jetstream.WithMsgID(id))
	}
	ack, err := s.js.Publish(ctx, subject, data, opts...)
	if err != nil {
		return false, fmt.Errorf("stream: publishing to %s: %w", subject, err)
	}
	return ack.Duplicate, nil
}

// Msg is a delivered message.
type Msg struct {
	Subject string
	Data    []byte
	// ID is the publisher's message id, if any.
	ID string
	// Delivery counts deliveries of this message, from 1.
	Delivery int
	// Sequence is the message's position in its stream.
	Sequence uint64
}

// Handler processes one message. Returning nil acks it; an error naks it
// for redelivery after a delay; Permanent(err) terminates it at once.
type Handler func(ctx context.Context, m Msg) error

type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

// Permanent marks an error that no retry can fix (a malformed message):
// the message is terminated instead of redelivered.
func Permanent(err error) error { return permanent{err} }

// ConsumerSpec describes a durable consumer.
type ConsumerSpec struct {
	// Purpose is the stream the consumer reads (see Spec.Purpose).
	Purpose string
	// Durable names the consumer; its position survives restarts.
	Durable string
	// Filter narrows to a subject below the purpose, e.g. "verify" reads
	// vigie.jobs.verify; empty reads all of the stream.
	Filter string
	// MaxDeliver bounds deliveries of one message; zero means 5.
	MaxDeliver int
	// Backoff is the delay before each redelivery after a failure
	// (Backoff[i] after the (i+1)th failure, the last one repeated); nil
	// means 1s, 5s, 30s, 2m.
	Backoff []time.Duration
	// AckWait is how long a handler may run before JetStream considers the
	// delivery lost and redelivers; zero means 30s.
	AckWait time.Duration
	// Concurrency is how many handlers run at once; zero means 1.
	Concurrency int
	// InactiveThreshold, when set, lets the server delete the consumer once
	// nobody has read from it for that long (a per-process consumer).
	InactiveThreshold time.Duration
	// AckNone makes the server forget a message once delivered: no
	// acknowledgement, so no round trip per message, and no redelivery (a
	// handler's error is only logged). For consumers that read the whole
	// stream again on every start and drop duplicates themselves, such as
	// the radar's aggregates; under load the synchronous acknowledgement
	// of every message was most of their wall time.
	AckNone bool
}

// Consumer is a running durable consumer.
type Consumer struct {
	cc       jetstream.ConsumeContext
	wg       sync.WaitGroup
	cancel   context.CancelFunc
	stopOnce sync.Once

	// mu orders handler starts against Stop: the client may still hand over
	// a message it had already fetched after cc.Stop, and a WaitGroup.Add
	// racing its Wait is a bug. Such a late message is left unacked, so
	// JetStream redelivers it to the next consumer.
	mu      sync.Mutex
	stopped bool
}

// Stop stops fetching and waits for running handlers to finish.
func (c *Consumer) Stop() {
	c.stopOnce.Do(func() {
		c.mu.Lock()
		c.stopped = true
		c.mu.Unlock()
		c.cc.Stop()
		c.wg.Wait()
		c.cancel()
	})
}

// start registers a handler run unless the consumer is stopping.
func (c *Consumer) start() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return false
	}
	c.wg.Add(1)
	return true
}

// Consume starts a durable consumer that runs h on each message until
// Stop or Close.
func (s *Stream) Consume(ctx context.Context, spec ConsumerSpec, h Handler) (*Consumer, error) {
	if spec.Durable == "" || strings.ContainsAny(spec.Durable, ".*> ") {
		return nil, fmt.Errorf("stream: durable name %q must be a single word", spec.Durable)
	}
	if spec.MaxDeliver == 0 {
		spec.MaxDeliver = 5
	}
	if spec.Backoff == nil {
		spec.Backoff = []time.Duration{time.Second, 5 * time.Second, 30 * time.Second, 2 * time.Minute}
	}
	if spec.AckWait == 0 {
		spec.AckWait = 30 * time.Second
	}
	if spec.Concurrency <= 0 {
		spec.Concurrency = 1
	}
	filter := s.Subject(spec.Purpose, ">")
	if spec.Filter != "" {
		filter = s.Subject(spec.Purpose, spec.Filter)
	}
	name := s.StreamName(spec.Purpose)
	ccfg := jetstream.ConsumerConfig{
		Durable:           spec.Durable,
		FilterSubject:     filter,
		AckPolicy:         jetstream.AckExplicitPolicy,
		AckWait:           spec.AckWait,
		MaxDeliver:        spec.MaxDeliver,
		MaxAckPending:     max(spec.Concurrency*4, 16),
		DeliverPolicy:     jetstream.DeliverAllPolicy,
		InactiveThreshold: spec.InactiveThreshold,
	}
	if spec.AckNone {
		ccfg.AckPolicy, ccfg.AckWait, ccfg.MaxDeliver, ccfg.MaxAckPending = jetstream.AckNonePolicy, 0, 0, 0
	}
	cons, err := s.js.CreateOrUpdateConsumer(ctx, name, ccfg)
	if err != nil {
		return nil, fmt.Errorf("stream: consumer %s on %s: %w", spec.Durable, name, err)
	}
	hctx, cancel := context.WithCancel(context.Background())
	c := &Consumer{cancel: cancel}
	slots := make(chan struct{}, spec.Concurrency)
	log := s.log.With("stream", name, "consumer", spec.Durable)
	cc, err := cons.Consume(func(jm jetstream.Msg) {
		if !c.start() {
			return
		}
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; c.wg.Done() }()
			s.handle(hctx, log, spec, h, jm)
		}()
	}, jetstream.PullMaxMessages(max(spec.Concurrency*2, 8)), jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
		log.Debug("stream: consume", "err", err)
	}))
	if err != nil {
		cancel()
		return nil, fmt.Errorf("stream: starting consumer %s on %s: %w", spec.Durable, name, err)
	}
	c.cc = cc
	s.mu.Lock()
	s.consumers = append(s.consumers, c)
	s.mu.Unlock()
	return c, nil
}

func (s *Stream) handle(ctx context.Context, log *slog.Logger, spec ConsumerSpec, h Handler, jm jetstream.Msg) {
	m := Msg{Subject: jm.Subject(), Data: jm.Data(), ID: jm.Headers().Get(jetstream.MsgIDHeader), Delivery: 1}
	if md, err := jm.Metadata(); err == nil {
		m.Delivery, m.Sequence = int(md.NumDelivered), md.Sequence.Stream
	}
	err := func() (err error) {
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("stream: handler panic: %v\n%s", v, debug.Stack())
			}
		}()
		return h(ctx, m)
	}()
	switch {
	case spec.AckNone:
		if err != nil {
			log.Error("stream: handler failed (no redelivery on this consumer)", "subject", m.Subject, "seq", m.Sequence, "err", err)
		}
	case err == nil:
		if aerr := jm.DoubleAck(ctx); aerr != nil {
			log.Warn("stream: ack", "seq", m.Sequence, "err", aerr)
		}
	case errors.As(err, new(permanent)) || m.Delivery >= spec.MaxDeliver:
		log.Error("stream: giving up on message", "subject", m.Subject, "seq", m.Sequence, "delivery", m.Delivery, "err", err)
		if terr := jm.TermWithReason(trim(err.Error(), 200)); terr != nil {
			log.Warn("stream: term", "seq", m.Sequence, "err", terr)
		}
	default:
		delay := spec.Backoff[min(m.Delivery-1, len(spec.Backoff)-1)]
		log.Warn("stream: handler failed, will retry", "subject", m.Subject, "seq", m.Sequence, "delivery", m.Delivery, "retry_in", delay, "err", err)
		if nerr := jm.NakWithDelay(delay); nerr != nil {
			log.Warn("stream: nak", "seq", m.Sequence, "err", nerr)
		}
	}
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
