package server

import (
	"github.com/whosaid/whosaid/store"
)

// The bodies of the answers, shared with 'whosaid query --format json' so
// that both write the same JSON: lists are never null.

// ListBody is a listing as the API writes it.
func ListBody[T any](l store.List[T]) store.List[T] {
	if l.Items == nil {
		l.Items = []T{}
	}
	return l
}

// SpeakerBody is a speaker as the API writes it.
type SpeakerBody struct {
	store.SpeakerDetail
}

// NewSpeakerBody returns the body of speaker d.
func NewSpeakerBody(d store.SpeakerDetail) SpeakerBody {
	if d.ByOutlet == nil {
		d.ByOutlet = []store.Count{}
	}
	if d.Timeline == nil {
		d.Timeline = []store.DateCount{}
	}
	if d.Titles == nil {
		d.Titles = []store.TitleSpan{}
	}
	return SpeakerBody{d}
}

// OutletsBody is the statistics of every outlet.
type OutletsBody struct {
	Items []store.OutletStats `json:"items"`
}

// NewOutletsBody returns the body of the outlets' statistics.
func NewOutletsBody(stats []store.OutletStats) OutletsBody {
	if stats == nil {
		stats = []store.OutletStats{}
	}
	for i := range stats {
		if stats[i].TopSpeakers == nil {
			stats[i].TopSpeakers = []store.Count{}
		}
	}
	return OutletsBody{Items: stats}
}
