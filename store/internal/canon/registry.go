package canon

import (
	"slices"

	"github.com/whosaid/whosaid"
)

// Loader finds the known entities under a key, as stored.
type Loader interface {
	Load(key string) ([]Entity, error)
}

// ManyLoader is a Loader that finds the entities under many keys at once,
// for Prefetch: a round trip per batch rather than per key.
type ManyLoader interface {
	Loader
	LoadMany(keys []string) (map[string][]Entity, error)
}

// Registry resolves mentions to entities over a Loader, keeping the
// entities it loaded or made, so that a batch of documents sees its own
// new speakers before they are stored.
type Registry struct {
	loader Loader
	nextID int64
	byID   map[int64]*Entity
	byKey  map[string][]int64 // keys loaded: their stored entities
	added  map[string][]int64 // entities filed under a key since
	dirty  map[int64]bool
}

// NewRegistry resolves over loader; new entities get IDs from nextID on.
func NewRegistry(loader Loader, nextID int64) *Registry {
	return &Registry{loader: loader, nextID: nextID, byID: map[int64]*Entity{},
		byKey: map[string][]int64{}, added: map[string][]int64{}, dirty: map[int64]bool{}}
}

// Resolve returns the ID of the entity the mention is, making one when it
// is a new speaker; 0 when the mention names no speaker.
func (r *Registry) Resolve(m Mention) (int64, error) {
	if m.Kind != whosaid.Person && m.Kind != whosaid.Organization && m.Kind != whosaid.Anonymous {
		return 0, nil
	}
	keys := lookupKeys(m)
	if len(keys) == 0 {
		return 0, nil
	}
	var ids []int64
	for _, key := range keys {
		found, err := r.lookup(key)
		if err != nil {
			return 0, err
		}
		ids = append(ids, found...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	cands := make([]Entity, len(ids))
	for i, id := range ids {
		cands[i] = *r.byID[id]
	}
	if i := Choose(m, cands); i >= 0 {
		return r.Assign(m, cands[i].ID), nil
	}
	return r.Assign(m, 0), nil
}

// Assign adds the mention to entity id, or to a new entity when id is 0
// or not held, and returns the entity's ID.
func (r *Registry) Assign(m Mention, id int64) int64 {
	e := r.byID[id]
	if e == nil {
		ne := New(r.nextID, m)
		r.nextID++
		e = &ne
		r.byID[e.ID] = e
	} else {
		e.Add(m)
	}
	r.file(e)
	return e.ID
}

// file marks e changed and files it under its keys.
func (r *Registry) file(e *Entity) {
	r.dirty[e.ID] = true
	for _, k := range e.Keys() {
		if !slices.Contains(r.added[k], e.ID) {
			r.added[k] = append(r.added[k], e.ID)
		}
	}
}

// Hold puts an entity into the registry as it is (a corrected speaker
// loaded for a pinned mention), unless it holds it already.
func (r *Registry) Hold(e Entity) *Entity {
	if held, ok := r.byID[e.ID]; ok {
		return held
	}
	r.byID[e.ID] = &e
	return &e
}

// Prefetch loads the entities under the keys of mentions, in one call
// when the loader is a ManyLoader.
func (r *Registry) Prefetch(mentions []Mention) error {
	ml, ok := r.loader.(ManyLoader)
	if !ok {
		return nil
	}
	var keys []string
	for _, m := range mentions {
		for _, k := range lookupKeys(m) {
			if _, done := r.byKey[k]; !done && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	found, err := ml.LoadMany(keys)
	if err != nil {
		return err
	}
	for _, k := range keys {
		r.add(k, found[k])
	}
	return nil
}

// add records the entities loaded under key, keeping those it holds.
func (r *Registry) add(key string, es []Entity) []int64 {
	ids := []int64{}
	for _, e := range es {
		if _, ok := r.byID[e.ID]; !ok {
			e := e
			r.byID[e.ID] = &e
		}
		ids = append(ids, e.ID)
	}
	r.byKey[key] = ids
	return ids
}

// lookup returns the IDs of the entities under key, stored (loaded once)
// or filed since, in ID order.
func (r *Registry) lookup(key string) ([]int64, error) {
	ids, ok := r.byKey[key]
	if !ok {
		es, err := r.loader.Load(key)
		if err != nil {
			return nil, err
		}
		ids = r.add(key, es)
	}
	if len(r.added[key]) == 0 {
		return ids, nil
	}
	all := slices.Concat(ids, r.added[key])
	slices.Sort(all)
	return slices.Compact(all), nil
}

// Changed returns the entities made or changed since the last call, in
// ID order, to be stored.
func (r *Registry) Changed() []*Entity {
	var out []*Entity
	for id := range r.dirty {
		out = append(out, r.byID[id])
	}
	clear(r.dirty)
	slices.SortFunc(out, func(a, b *Entity) int { return int(a.ID - b.ID) })
	return out
}

// Get returns an entity the registry holds.
func (r *Registry) Get(id int64) *Entity { return r.byID[id] }

// Memory is a Loader over entities held in memory: the store of tests and
// of the measurement.
type Memory struct{ byKey map[string][]Entity }

// Load implements Loader.
func (m *Memory) Load(key string) ([]Entity, error) { return m.byKey[key], nil }

// Save stores entities in m, replacing those of the same IDs.
func (m *Memory) Save(es []*Entity) {
	if m.byKey == nil {
		m.byKey = map[string][]Entity{}
	}
	for _, e := range es {
		for k, list := range m.byKey {
			m.byKey[k] = slices.DeleteFunc(list, func(x Entity) bool { return x.ID == e.ID })
		}
		for _, k := range e.Keys() {
			m.byKey[k] = append(m.byKey[k], *e)
		}
	}
}
