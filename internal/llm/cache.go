package llm

import (
	"container/list"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sync"
)

// Cache keeps answers keyed by the exact request (provider, endpoint,
// model, system prompt, messages, schema, limits), in memory, least recently
// used first out. Identical prompts, such as re-running a batch, cost
// nothing the second time.
type Cache struct {
	mu    sync.Mutex
	max   int
	ll    *list.List
	items map[string]*list.Element
	hits  int64
	miss  int64
}

type cacheEntry struct {
	key string
	r   Response
}

// NewCache keeps at most max answers (default 1024 when max <= 0).
func NewCache(max int) *Cache {
	if max <= 0 {
		max = 1024
	}
	return &Cache{max: max, ll: list.New(), items: map[string]*list.Element{}}
}

// CacheKey is the hash of everything that determines an answer. The API key
// is deliberately left out: it is a secret, and it does not change the text.
func CacheKey(p Provider, req Request) string {
	model := req.Model
	if model == "" {
		model = p.DefaultModel()
	}
	req.Model = model
	b, _ := json.Marshal(struct {
		Provider string  `json:"p"`
		Endpoint string  `json:"e"`
		Req      Request `json:"r"`
	}{p.Name(), p.Endpoint(), req})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Get returns the cached answer for key.
func (c *Cache) Get(key string) (Response, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		c.miss++
		return Response{}, false
	}
	c.hits++
	c.ll.MoveToFront(el)
	return el.Value.(*cacheEntry).r, true
}

// Put stores an answer.
func (c *Cache) Put(key string, r Response) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		el.Value.(*cacheEntry).r = r
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&cacheEntry{key: key, r: r})
	for c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*cacheEntry).key)
	}
}

// Stats returns hits and misses so far.
func (c *Cache) Stats() (hits, misses int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.miss
}

// Len is the number of cached answers.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}
