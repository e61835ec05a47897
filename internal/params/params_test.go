package params

import (
	"errors"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestAttributions(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		query string
		want  store.AttributionFilter
	}{
		{"", store.AttributionFilter{}},
		{"q=nuclear+deal&outlet=Reuters&kind=anonymous&type=direct&hedged=true&from=2016-01-01&to=2016-02-01&doc=d1&limit=10&offset=20",
			store.AttributionFilter{Query: "nuclear deal", Outlet: "Reuters", Kind: whosaid.Anonymous, Type: whosaid.Direct,
				Hedged: &yes, From: day("2016-01-01"), To: day("2016-02-01"), DocID: "d1", Page: store.Page{Limit: 10, Offset: 20}}},
		{"speaker=Zarif&hedged=false", store.AttributionFilter{Speaker: "Zarif", Hedged: &no}},
		{"speaker_id=42", store.AttributionFilter{SpeakerID: 42}},
		{"from=2016-01-01T12:00:00%2B02:00", store.AttributionFilter{From: time.Date(2016, 1, 1, 10, 0, 0, 0, time.UTC)}},
		{"q=++trimmed++&kind=", store.AttributionFilter{Query: "trimmed"}},
		{"limit=500", store.AttributionFilter{Page: store.Page{Limit: 500}}},
	}
	for _, tt := range tests {
		v, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Attributions(v)
		if err != nil {
			t.Errorf("%q: %v", tt.query, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.query, got, tt.want)
		}
	}
}

func TestDocumentsAndSpeakers(t *testing.T) {
	v, _ := url.ParseQuery("q=iran&outlet=cnn&from=2016-03-01&limit=5")
	d, err := Documents(v)
	want := store.DocumentFilter{Query: "iran", Outlet: "cnn", From: day("2016-03-01"), Page: store.Page{Limit: 5}}
	if err != nil || !reflect.DeepEqual(d, want) {
		t.Errorf("Documents = %+v, %v; want %+v", d, err, want)
	}
	v, _ = url.ParseQuery("from=2016-03-01&to=2016-04-01&gender=true")
	o, err := Outlets(v)
	wantO := store.OutletFilter{From: day("2016-03-01"), To: day("2016-04-01"), Gender: true}
	if err != nil || !reflect.DeepEqual(o, wantO) {
		t.Errorf("Outlets = %+v, %v; want %+v", o, err, wantO)
	}
	if o, err := Outlets(url.Values{"gender": {"false"}}); err != nil || o.Gender {
		t.Errorf("Outlets(gender=false) = %+v, %v", o, err)
	}
	for _, q := range []string{"gender=yes please", "outlet=cnn", "from=2016-04-01&to=2016-03-01"} {
		v, _ := url.ParseQuery(q)
		if _, err := Outlets(v); !errors.Is(err, ErrBadParam) {
			t.Errorf("Outlets(%s): %v, want ErrBadParam", q, err)
		}
	}
	v, _ = url.ParseQuery("name=Cli&kind=person&outlet=cnn&offset=3&gender=1")
	s, err := Speakers(v)
	wantS := store.SpeakerFilter{Name: "Cli", Kind: whosaid.Person, Outlet: "cnn", Gender: true, Page: store.Page{Offset: 3}}
	if err != nil || !reflect.DeepEqual(s, wantS) {
		t.Errorf("Speakers = %+v, %v; want %+v", s, err, wantS)
	}
}

func TestBadParams(t *testing.T) {
	long := make([]byte, MaxQueryLen+1)
	for i := range long {
		long[i] = 'a'
	}
	tests := []struct {
		query, param string
	}{
		{"limit=0", "limit"},
		{"limit=501", "limit"},
		{"limit=ten", "limit"},
		{"offset=-1", "offset"},
		{"offset=100001", "offset"},
		{"from=2016-13-01", "from"},
		{"to=yesterday", "to"},
		{"from=2016-02-01&to=2016-02-01", "to"},
		{"kind=robot", "kind"},
		{"type=quoted", "type"},
		{"hedged=maybe", "hedged"},
		{"speaker_id=0", "speaker_id"},
		{"speaker_id=x", "speaker_id"},
		{"speakr=Zarif", "speakr"},
		{"q=a&q=b", "q"},
		{"q=%ff", "q"},
		{"q=" + string(long), "q"},
	}
	for _, tt := range tests {
		v, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Attributions(v)
		var pe *Error
		if !errors.Is(err, ErrBadParam) || !errors.As(err, &pe) || pe.Param != tt.param {
			t.Errorf("%.40q: error %v, want one about %q", tt.query, err, tt.param)
		}
	}
	if _, err := Documents(url.Values{"kind": {"person"}}); !errors.Is(err, ErrBadParam) {
		t.Errorf("Documents with kind: %v, want ErrBadParam", err)
	}
	if _, err := Speakers(url.Values{"q": {"x"}}); !errors.Is(err, ErrBadParam) {
		t.Errorf("Speakers with q: %v, want ErrBadParam", err)
	}
}

func TestSpeakerID(t *testing.T) {
	if id, err := SpeakerID("17"); id != 17 || err != nil {
		t.Errorf("SpeakerID(17) = %d, %v", id, err)
	}
	for _, s := range []string{"", "0", "-3", "x", "99999999999999999999"} {
		if _, err := SpeakerID(s); !errors.Is(err, ErrBadParam) {
			t.Errorf("SpeakerID(%q): %v, want ErrBadParam", s, err)
		}
	}
}

// FuzzParse: any query string gives a filter or an ErrBadParam, never a
// panic, and an accepted page is within bounds.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "q=x&limit=3", "from=2016-01-01&to=2015-01-01", "hedged=1&kind=person", "offset=99999999999999999999", "q=%ff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := url.ParseQuery(s)
		if err != nil {
			return
		}
		a, err := Attributions(v)
		if err != nil {
			if !errors.Is(err, ErrBadParam) {
				t.Fatalf("error %v does not wrap ErrBadParam", err)
			}
			return
		}
		if a.Limit < 0 || a.Limit > store.MaxLimit || a.Offset < 0 || a.Offset > MaxOffset {
			t.Fatalf("page out of bounds: %+v", a.Page)
		}
		if !a.From.IsZero() && !a.To.IsZero() && !a.From.Before(a.To) {
			t.Fatalf("empty date range accepted: %v to %v", a.From, a.To)
		}
	})
}
