package resolve

import (
	"testing"
)

// TestHeadlineTitles: a headline's source that is a title alone is the
// first person the text introduces with that title, else anonymous.
func TestHeadlineTitles(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"the title of a person named later",
			"{s1 Mayor}{c1 :} {t1 \"We will not abandon Lower Tarrangal\"}\n\nThe council met on Tuesday.\n\n" +
				"{s2 Mayor Kerri-Anne Fitzgibbon} {c2 said} {t2 the town would be rebuilt}.",
			[]string{"person Kerri-Anne Fitzgibbon [Mayor]", "person Kerri-Anne Fitzgibbon [Mayor]"}},
		{"an abbreviated title counts in full",
			"{s1 Councillor}{c1 :} {t1 \"We will not back down\"}\n\nThe council met on Tuesday.\n\n" +
				"{s2 Cr Wes Barnard} {c2 said} {t2 the levy would stay}.",
			[]string{"person Wes Barnard [Cr]", "person Wes Barnard [Cr]"}},
		{"a title in lower case before an inverted cue",
			"{t1 City systems could be down for weeks}, {s1 mayor} {c1 says}\n\nThe council met on Tuesday.\n\n" +
				"{s2 Mayor Carla Benavides-Hunt} {c2 said} {t2 the systems would return}.",
			[]string{"person Carla Benavides-Hunt [Mayor]", "person Carla Benavides-Hunt [Mayor]"}},
		{"no one with the title: an anonymous person",
			"{s1 Lawmaker}{c1 :} {t1 \"Retaliate now\"}\n\nCongress met on Tuesday.\n\n" +
				"{s2 Adam Schiff} {c2 said} {t2 Russia must pay}.",
			[]string{"anonymous - []", "person Adam Schiff []"}},
	})
}
