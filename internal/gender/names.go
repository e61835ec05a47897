package gender

import "github.com/whosaid/whosaid/internal/firstname"

// FirstName is the gender a first name gives (internal/firstname.Given:
// the US birth counts, else the one of two English lists that alone
// holds it, else the curated names); Unknown for a name given to both
// sexes or not known.
func FirstName(name string) Gender { return Gender(firstname.Given(name)) }
