package web

import (
	"context"
	"fmt"

	"github.com/whosaid/whosaid/store"
)

// speakerIDs are the canonical speakers of a stored document's
// attributions, by index (0 for none), as the store resolved them.
func (s *server) speakerIDs(ctx context.Context, docID string, n int) ([]int64, error) {
	ids := make([]int64, n)
	hits, err := collect(maxCSVRows, func(p store.Page) (store.List[store.Hit], error) {
		return s.opts.Store.Attributions(ctx, store.AttributionFilter{DocID: docID, Page: p})
	})
	if err != nil {
		return nil, err
	}
	for _, h := range hits {
		if h.Index >= 0 && h.Index < n {
			ids[h.Index] = h.SpeakerID
		}
	}
	return ids, nil
}

// linkSpeakers links each attribution and each speaker of the side panel
// to its speaker's page. A group of the panel whose attributions the
// store gave different speakers (two people of one name) is not linked.
func linkSpeakers(v *articleView, ids []int64) {
	for i := range v.Attributions {
		if i < len(ids) && ids[i] != 0 {
			v.Attributions[i].SpeakerURL = fmt.Sprintf("/speakers/%d", ids[i])
		}
	}
	for gi := range v.Speakers {
		g := &v.Speakers[gi]
		url := ""
		for j, n := range g.Ns {
			u := v.Attributions[n-1].SpeakerURL
			if j == 0 {
				url = u
			} else if u != url {
				url = ""
				break
			}
		}
		g.URL = url
	}
}
