"""Place vocabulary: alternative city names, countries and ISO-3166 codes, world cities.

* :data:`CITY_ALTERNATIVES` groups the names people use for one city (current, historic,
  anglicised, native spelling, common abbreviation): "Bengaluru" / "Bangalore",
  "Kolkata" / "Calcutta", "Munich" / "München".
* Countries come from :mod:`.geodata` (all ISO-3166 alpha-2 and alpha-3 codes) plus the
  common alternative names in :data:`COUNTRY_ALTERNATIVES` and the adjectives in
  :data:`COUNTRY_DEMONYMS` ("dutch", "brazilian").
* A city name with a leading article is also known without it ("the hague" / "hague"), and
  one of several words also written as one word ("newyork", "saopaulo").
* :func:`world_city_names` is the set of real city names used to recognise that a request
  names a place the inventory does not have.

All names are lower-case and ASCII-folded (see :func:`.text.fold`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from . import geodata
from .text import fold_words
from .vocab import COMMON_WORDS, STOPWORDS


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# One group per line, "|"-separated; the first name is the canonical one.
CITY_ALTERNATIVES: Final[str] = """
bengaluru|bangalore|bengalooru|bangalore city
mumbai|bombay|bambai|mumbay|greater mumbai
chennai|madras|chennapatnam
kolkata|calcutta
delhi|new delhi|dilli|old delhi
hyderabad|bhagyanagar
vijayawada|bezawada|bejawada
visakhapatnam|vizag|vishakhapatnam|vishakapatnam|waltair
pune|poona
thiruvananthapuram|trivandrum
kochi|cochin|ernakulam
kozhikode|calicut
thrissur|trichur
kannur|cannanore
kollam|quilon
alappuzha|alleppey
mysuru|mysore
mangaluru|mangalore
belagavi|belgaum
hubballi|hubli|hubli dharwad
kalaburagi|gulbarga
vijayapura|bijapur
shivamogga|shimoga
tumakuru|tumkur
ballari|bellary
puducherry|pondicherry|pondy
tiruchirappalli|trichy|tiruchi|trichinopoly
thoothukudi|tuticorin
udhagamandalam|ooty|ootacamund
tirunelveli|tinnevelly
thanjavur|tanjore
madurai|madura
coimbatore|kovai
vadodara|baroda
ahmedabad|amdavad|ahmadabad
surat|suryapur
varanasi|benares|banaras|kashi
prayagraj|allahabad
kanpur|cawnpore
lucknow|lakhnau
ayodhya|faizabad
gurugram|gurgaon
noida|gautam buddh nagar
ghaziabad
faridabad
shimla|simla
guwahati|gauhati
jabalpur|jubbulpore
indore|indur
bhopal
nagpur
nashik|nasik
aurangabad|chhatrapati sambhajinagar|sambhajinagar
osmanabad|dharashiv
ahmednagar|ahilyanagar
panaji|panjim
vasco da gama|vasco
jaipur
udaipur
jodhpur
ajmer
amritsar
chandigarh
ludhiana
jalandhar|jullundur
patna|pataliputra
ranchi
jamshedpur|tatanagar
bhubaneswar|bhubaneshwar
cuttack
raipur
srinagar
jammu
dehradun|dehra dun
haridwar|hardwar
agra
meerut
mathura
rajkot
bhavnagar
jamnagar
navi mumbai|new bombay
thane|thana
kalyan
tirupati
warangal|orugallu
guntur
nellore
kurnool
rajahmundry|rajamahendravaram
kakinada|cocanada
siliguri
durgapur
asansol
howrah|haora
darjeeling|darjiling
gangtok
shillong
imphal
aizawl
agartala
kohima
itanagar
port blair|sri vijaya puram
salem
erode
vellore
hosur
dhanbad
bokaro|bokaro steel city
gaya
bareilly
moradabad
aligarh
gorakhpur
jhansi
kota
bikaner
ujjain
gwalior
kolhapur
solapur|sholapur
sangli
latur
nanded
akola
amravati
dhaka|dacca
chittagong|chattogram
karachi
lahore
islamabad
colombo
kathmandu|kantipur
yangon|rangoon
mandalay
singapore|singapura|singapur|spore|sgp
kuala lumpur|kl
penang|george town|georgetown penang
jakarta|batavia|djakarta
bangkok|krung thep
ho chi minh city|saigon|hcmc|ho chi minh
hanoi|ha noi
manila
beijing|peking|peiping
shanghai
guangzhou|canton
shenzhen
chongqing|chungking
tianjin|tientsin
nanjing|nanking
xian|xi an|sian
hangzhou|hangchow
chengdu
wuhan
suzhou
hong kong|hongkong|hk
macau|macao
taipei|taipeh
seoul
busan|pusan
tokyo
osaka
kyoto
yokohama
sydney
melbourne
brisbane
perth
auckland
wellington
dubai|dubayy
abu dhabi
doha
riyadh
jeddah|jiddah
muscat
tehran|teheran
istanbul|constantinople|stamboul|byzantium
ankara|angora
tel aviv|tel aviv yafo|tel aviv jaffa
jerusalem
cairo|al qahirah
alexandria
nairobi
lagos
johannesburg|joburg|jozi
cape town|kaapstad
london|greater london
manchester
birmingham
edinburgh|edinburg
glasgow
cardiff|caerdydd
belfast
dublin|baile atha cliath
paris
lyon|lyons
marseille|marseilles
brussels|bruxelles|brussel
antwerp|antwerpen|anvers
amsterdam
rotterdam
the hague|den haag|s gravenhage
luxembourg|luxembourg city
berlin
munich|munchen|muenchen
frankfurt|frankfurt am main|ffm
cologne|koln|koeln
dusseldorf|duesseldorf
hamburg
stuttgart
nuremberg|nurnberg|nuernberg
hanover|hannover
vienna|wien
zurich|zuerich
geneva|geneve|genf
basel|bale
bern|berne
milan|milano
rome|roma
turin|torino
naples|napoli
florence|firenze
venice|venezia
genoa|genova
madrid
barcelona
seville|sevilla
valencia
lisbon|lisboa
porto|oporto
copenhagen|kobenhavn
stockholm
oslo|christiania
helsinki|helsingfors
warsaw|warszawa
krakow|cracow
prague|praha
budapest
bucharest|bucuresti
sofia
athens|athina
belgrade|beograd
zagreb
kyiv|kiev
moscow|moskva
saint petersburg|st petersburg|petersburg|leningrad|petrograd
new york|new york city|nyc|ny|manhattan|big apple
los angeles|la
san francisco|sf|frisco|san fran
san jose
seattle
chicago
boston
washington|washington dc|washington d c
atlanta
dallas
houston
austin
denver
phoenix
miami
philadelphia|philly
las vegas|vegas
toronto
montreal|montreal quebec
vancouver
ottawa
calgary
mexico city|ciudad de mexico|cdmx
sao paulo|sampa
rio de janeiro|rio
buenos aires
santiago|santiago de chile
lima
bogota|santafe de bogota
"""

# Country alternatives: ISO alpha-2 code, then names.
COUNTRY_ALTERNATIVES: Final[str] = """
gb|uk|u k|britain|great britain|united kingdom|england|scotland|wales|northern ireland
us|usa|u s|u s a|united states|united states of america|america|the states
ae|uae|u a e|emirates|united arab emirates
nl|holland|netherlands|the netherlands
de|deutschland|germany
in|bharat|hindustan|india
kr|korea|south korea|republic of korea
kp|north korea
ru|russia|russian federation
cz|czech republic|czechia
vn|vietnam|viet nam
ci|ivory coast|cote d ivoire|cote divoire
mm|burma|myanmar
ir|persia|iran
lk|ceylon|sri lanka
th|siam|thailand
tw|taiwan|republic of china
cn|prc|china|mainland china|peoples republic of china
hk|hong kong
mo|macau|macao
mk|macedonia|north macedonia
sz|swaziland|eswatini
cv|cape verde|cabo verde
tl|east timor|timor leste
va|vatican|vatican city|holy see
ps|palestine|palestinian territory
cd|drc|dr congo|democratic republic of the congo|zaire
cg|republic of the congo|congo brazzaville
ph|philippines|the philippines
gm|gambia|the gambia
bs|bahamas|the bahamas
es|spain|espana
ch|switzerland|schweiz|suisse|svizzera
at|austria|osterreich|oesterreich
fr|france
it|italy|italia
jp|japan|nippon|nihon
br|brazil|brasil
mx|mexico
sa|saudi arabia|ksa|saudi
za|south africa|rsa
nz|new zealand|aotearoa
ie|ireland|eire|republic of ireland
tr|turkey|turkiye
"""

# What people call a country's things ("the dutch core switch", "german firewalls"): ISO
# alpha-2 code, then adjectives. Adjectives that are also ordinary words ("polish") are left out.
COUNTRY_DEMONYMS: Final[str] = """
us|american
gb|british|english|scottish|welsh
ie|irish
fr|french
de|german
nl|dutch
be|belgian
lu|luxembourgish
ch|swiss
at|austrian
it|italian
es|spanish
pt|portuguese
dk|danish
se|swedish
no|norwegian
fi|finnish
is|icelandic
cz|czech
sk|slovak
hu|hungarian
ro|romanian
bg|bulgarian
gr|greek
tr|turkish
ru|russian
ua|ukrainian
hr|croatian
rs|serbian
si|slovenian|slovene
ee|estonian
lv|latvian
lt|lithuanian
in|indian
pk|pakistani
bd|bangladeshi
lk|sri lankan
np|nepalese|nepali
cn|chinese
jp|japanese
kr|korean|south korean
tw|taiwanese
sg|singaporean
my|malaysian
id|indonesian
th|thai
vn|vietnamese
ph|filipino|philippine
au|australian|aussie
nz|new zealander
ca|canadian
mx|mexican
br|brazilian
ar|argentinian|argentine
cl|chilean
co|colombian
pe|peruvian
za|south african
ng|nigerian
ke|kenyan
eg|egyptian
ma|moroccan
ae|emirati
qa|qatari
il|israeli
ir|iranian
iq|iraqi
"""

# Two-letter and three-letter country codes that are accepted as a country even when the
# inventory has no such country (so "routers in JP" is "none", not "all routers"). Other codes
# clash with common abbreviations (AS, ID, IT, GB, PE, BR, ...) and only count when the
# inventory itself uses that country.
UNAMBIGUOUS_COUNTRY_CODES: Final[frozenset[str]] = frozenset(
    {"uk", "usa", "uae", "jp", "cn", "de", "fr", "au", "ca", "nl", "es", "ie", "ch", "hk",
     "ae", "za", "mx", "kr", "nz", "sg", "ru", "ksa"}
)


def _split_table(table: str) -> list[list[str]]:
    rows = []
    for line in table.strip().splitlines():
        names = [" ".join(fold_words(n)) for n in line.split("|")]
        rows.append([n for n in names if n])
    return rows


@lru_cache(maxsize=1)
def city_groups() -> dict[str, str]:
    """Map every known alternative city name to its canonical name."""
    out: dict[str, str] = {}
    for names in _split_table(CITY_ALTERNATIVES):
        for name in names:
            out.setdefault(name, names[0])
        for name in names:
            bare = without_article(name)
            if bare:
                out.setdefault(bare, names[0])
            joined = joined_name(bare or name)
            if joined:
                out.setdefault(joined, names[0])
    return out


def joined_name(name: str) -> str | None:
    """A city name of several words written as one ("new york" -> "newyork", "sao paulo" ->
    "saopaulo"); None for a one-word name or a short result."""
    if " " not in name:
        return None
    joined = name.replace(" ", "")
    return joined if len(joined) >= 6 and joined not in COMMON_WORDS else None


def without_article(name: str) -> str | None:
    """A city name without its leading English article, as it is often said ("the hague" ->
    "hague", "the bronx" -> "bronx"); None when it has none or the rest is an ordinary word."""
    if not name.startswith("the "):
        return None
    bare = name[4:]
    if len(bare) < 4 or bare in COMMON_WORDS or bare in STOPWORDS:
        return None
    return bare


@lru_cache(maxsize=1)
def city_alternatives() -> dict[str, tuple[str, ...]]:
    """Map each canonical city name to all its names."""
    out: dict[str, list[str]] = {}
    for alt, canonical in city_groups().items():
        out.setdefault(canonical, []).append(alt)
    return {k: tuple(v) for k, v in out.items()}


def canonical_city(name: str) -> str:
    """Canonical form of a city name (its group's first name, or the folded name)."""
    key = " ".join(fold_words(name))
    return city_groups().get(key, key)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Map country names and alpha-2/alpha-3 codes (lower-case) to the alpha-2 code."""
    out: dict[str, str] = {}
    for line in geodata.COUNTRIES.strip().splitlines():
        iso2, iso3, name = line.split(",", 2)
        code = iso2.lower()
        out.setdefault(" ".join(fold_words(name)), code)
        out.setdefault(iso3.lower(), code)
        out.setdefault(code, code)
    for names in _split_table(COUNTRY_ALTERNATIVES):
        code = names[0]
        for name in names[1:]:
            out[name] = code
    for names in _split_table(COUNTRY_DEMONYMS):
        for name in names[1:]:
            out.setdefault(name, names[0])
    return out


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """The country adjectives of :data:`COUNTRY_DEMONYMS` ("british", "english", "german")."""
    return frozenset(n for names in _split_table(COUNTRY_DEMONYMS) for n in names[1:])


@lru_cache(maxsize=1)
def country_display() -> dict[str, str]:
    """Map alpha-2 codes to a display name ("in" -> "India")."""
    out: dict[str, str] = {}
    for line in geodata.COUNTRIES.strip().splitlines():
        iso2, _iso3, name = line.split(",", 2)
        out[iso2.lower()] = name.title()
    return out


def canonical_country(value: str) -> str:
    """ISO alpha-2 code (lower-case) for a country name or code; else the folded value."""
    key = " ".join(fold_words(value))
    return country_names().get(key, key)


_WORDISH = re.compile(r"[a-z ]+")


@lru_cache(maxsize=1)
def world_city_names() -> frozenset[str]:
    """Real city names (one to four words), minus ones that are ordinary English words."""
    names: set[str] = set()
    for raw in re.split(r"[;\n]", geodata.CITY_NAMES):
        name = raw.strip()
        if len(name) < 4 or not _WORDISH.fullmatch(name) or len(name.split()) > 4:
            continue
        if name in COMMON_WORDS or name in STOPWORDS or name in EXCLUDED_CITY_NAMES:
            continue
        names.add(name)
        bare = without_article(name)
        if bare and bare not in EXCLUDED_CITY_NAMES:
            names.add(bare)
    for alt in city_groups():
        if len(alt) >= 4 and alt not in COMMON_WORDS:
            names.add(alt)
    return frozenset(names)


@lru_cache(maxsize=1)
def _world_city_list() -> tuple[str, ...]:
    return tuple(sorted(world_city_names()))


@lru_cache(maxsize=4096)
def near_world_city(text: str) -> str | None:
    """The real city ``text`` misspells, if it is one edit from one (two for 8 letters or
    more): "sydny" is Sydney, "new yrok" New York. None for short words and exact names.

    >>> near_world_city("sydny"), near_world_city("new yrok"), near_world_city("cabling")
    ('sydney', 'new york', None)
    """
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if len(text.replace(" ", "")) < 5 or text in world_city_names():
        return None
    budget = 1 if len(text) < 8 else 2
    found = process.extractOne(text, _world_city_list(), scorer=OSA.distance,
                               score_cutoff=budget)
    return str(found[0]) if found else None


# City names that are far more often ordinary words in a request about devices.
EXCLUDED_CITY_NAMES: Final[frozenset[str]] = _words(
    """mobile nice orange split sale male mango bath kent bush metro delta tours vista
    reading surprise independence paradise sunrise spring enterprise concord providence
    temple bend wells ajax mary cork derby bender harrow mission pearl ocean carmel
    garden grove apple valley"""
)


# --- countries of cities, regions of countries -------------------------------------------------


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """Map city names (folded) to the ISO alpha-2 code (lower-case) of their country.

    A name shared by several cities means the most populous one (see :mod:`.geocountry`).
    """
    from . import geocountry

    out: dict[str, str] = {}
    for line in geocountry.CITY_COUNTRIES.strip().splitlines():
        code, _, names = line.partition(":")
        for name in names.split(";"):
            if name:
                out.setdefault(name, code.lower())
    return out


def country_of_city(city: str) -> str | None:
    """The country (alpha-2, lower-case) of a canonical city name, or None if unknown."""
    table = city_countries()
    code = table.get(city)
    if code is None:
        for alt in city_alternatives().get(city, ()):
            code = table.get(alt)
            if code is not None:
                break
    return code


# Sub-regions that are not continents (ISO alpha-2, lower-case).
_MIDDLE_EAST = _words("ae sa qa kw bh om ye iq ir il jo lb sy ps tr cy eg")
_NORTH_AFRICA = _words("dz ma tn ly eg sd eh")
_CENTRAL_AMERICA_CARIBBEAN = _words("mx gt bz sv hn ni cr pa cu do pr ht")

# Region names people use, by region key (folded phrases).
REGION_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "europe": ("europe", "european", "eur", "continental europe"),
    "asia": ("asia", "asian"),
    "africa": ("africa", "african"),
    "north america": ("north america", "noram", "nam", "north american"),
    "south america": ("south america", "south american"),
    "oceania": ("oceania", "australasia", "anz"),
    "americas": ("americas", "the americas", "amer", "amers", "amr"),
    "latam": ("latam", "latin america", "lat am"),
    "emea": ("emea", "europe middle east and africa", "europe middle east africa"),
    "apac": ("apac", "asia pacific", "asiapac", "asia pac", "apj"),
    "middle east": ("middle east", "mideast"),
    "gulf": ("gulf", "the gulf", "gulf states", "gulf countries", "persian gulf", "arabian gulf",
             "gcc"),
    "mena": ("mena",),
    "nordics": ("nordics", "nordic", "nordic countries", "scandinavia"),
    "benelux": ("benelux",),
    "dach": ("dach",),
}


@lru_cache(maxsize=1)
def region_countries() -> dict[str, frozenset[str]]:
    """The countries (alpha-2, lower-case) of each region key of :data:`REGION_NAMES`."""
    from . import geocountry

    continent: dict[str, frozenset[str]] = {}
    for line in geocountry.CONTINENTS.strip().splitlines():
        code, _, members = line.partition(":")
        continent[code] = frozenset(m.lower() for m in members.split(",") if m)
    middle_east = frozenset(_MIDDLE_EAST)
    americas = continent["NA"] | continent["SA"]
    return {
        "europe": continent["EU"],
        "asia": continent["AS"],
        "africa": continent["AF"],
        "north america": continent["NA"],
        "south america": continent["SA"],
        "oceania": continent["OC"],
        "americas": americas,
        "latam": continent["SA"] | frozenset(_CENTRAL_AMERICA_CARIBBEAN),
        "emea": continent["EU"] | continent["AF"] | middle_east,
        "apac": (continent["AS"] | continent["OC"]) - middle_east,
        "middle east": middle_east,
        "gulf": frozenset({"ae", "sa", "qa", "kw", "bh", "om"}),  # the GCC states
        "mena": middle_east | frozenset(_NORTH_AFRICA),
        "nordics": frozenset({"se", "no", "dk", "fi", "is"}),
        "benelux": frozenset({"be", "nl", "lu"}),
        "dach": frozenset({"de", "at", "ch"}),
    }


@lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """Map region names (folded phrases joined by spaces) to their region key."""
    out: dict[str, str] = {}
    for key, names in REGION_NAMES.items():
        for name in names:
            out.setdefault(" ".join(fold_words(name)), key)
    return out


_REGION_ACRONYMS: Final[frozenset[str]] = frozenset(
    {"emea", "apac", "latam", "mena", "dach", "amer"}
)


def region_display(region: str) -> str:
    """How a region key is written ("emea" -> "EMEA", "north america" -> "North America")."""
    return region.upper() if region in _REGION_ACRONYMS else region.title()


def canonical_region(value: str) -> str | None:
    """The region key a region value names ("EMEA", "Asia-Pacific"), or None."""
    return region_names().get(" ".join(fold_words(value)))
