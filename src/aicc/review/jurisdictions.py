"""Places that name a law or a forum, by jurisdiction code, for the governing-law and forum topics."""

from __future__ import annotations

import re
from functools import cache

# code -> (English names, Japanese names). Enough for the usual seats of AI and SaaS terms.
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "JP": (
        (
            "Japan",
            "Japanese",
            "Tokyo",
            "Osaka",
            "Nagoya",
            "Kyoto",
            "Fukuoka",
            "Yokohama",
            "Sapporo",
            "Sendai",
            "Kobe",
            "Hiroshima",
            "Saitama",
            "Chiba",
            # the other seats of district courts ("The Kagoshima District Court has exclusive jurisdiction")
            "Kagoshima",
            "Kumamoto",
            "Nagasaki",
            "Naha",
            "Okayama",
            "Matsuyama",
            "Takamatsu",
            "Kanazawa",
            "Niigata",
            "Shizuoka",
            "Mito",
            "Utsunomiya",
            "Maebashi",
            "Nara",
            "Otsu",
            "Wakayama",
            "Kofu",
            "Nagano",
            "Gifu",
            "Fukui",
            "Toyama",
            "Akita",
            "Aomori",
            "Morioka",
            "Yamagata",
            "Fukushima",
            "Tottori",
            "Matsue",
            "Yamaguchi",
            "Tokushima",
            "Kochi",
            "Oita",
            "Miyazaki",
            "Hakodate",
            "Asahikawa",
            "Kushiro",
            "JCAA",
        ),
        # the Japanese court system is in Japan: 「甲の所在地を管轄する地方裁判所」
        (
            "日本",
            "東京",
            "大阪",
            "名古屋",
            "京都",
            "福岡",
            "横浜",
            "札幌",
            "仙台",
            "神戸",
            "広島",
            "さいたま",
            "千葉",
            "日本商事仲裁協会",
            "地方裁判所",
            "簡易裁判所",
            "地裁",
        ),
    ),
    "US": (
        (
            "United States",
            "U.S.",
            "USA",
            "California",
            "New York",
            "Delaware",
            "Washington",
            "Texas",
            "Massachusetts",
            "Illinois",
            "Nevada",
            "Florida",
            "Colorado",
            "Georgia",
            "Virginia",
            "New Jersey",
            "Pennsylvania",
            "Ohio",
            "Michigan",
            "Minnesota",
            "Utah",
            "Oregon",
            "Arizona",
            "Maryland",
            "Connecticut",
            "North Carolina",
            "Alabama",
            "Alaska",
            "Arkansas",
            "Hawaii",
            "Idaho",
            "Indiana",
            "Iowa",
            "Kansas",
            "Kentucky",
            "Louisiana",
            "Maine",
            "Mississippi",
            "Missouri",
            "Montana",
            "Nebraska",
            "New Hampshire",
            "New Mexico",
            "North Dakota",
            "Oklahoma",
            "Rhode Island",
            "South Carolina",
            "South Dakota",
            "Tennessee",
            "Vermont",
            "West Virginia",
            "Wisconsin",
            "Wyoming",
            "Santa Clara",
            "San Francisco",
            "San Mateo",
            "King County",
            "Wilmington",
            "Manhattan",
            "AAA",
            "JAMS",
            "Federal Arbitration Act",
        ),
        (
            "米国",
            "アメリカ",
            "合衆国",
            "カリフォルニア",
            "ニューヨーク",
            "デラウェア",
            "ワシントン州",
            "テキサス",
            "サンフランシスコ",
        ),
    ),
    "GB": (
        (
            "England",
            "Wales",
            "English law",
            "English courts",
            "United Kingdom",
            "U.K.",
            "London",
            "Scotland",
            "Scottish",
            "Scots law",
            "Edinburgh",
            "LCIA",
        ),
        ("英国", "イギリス", "イングランド", "スコットランド", "ロンドン"),
    ),
    # the Union or the Economic Area as one place: "data centres located within the European Economic Area"
    "EU": (("European Union", "European Economic Area", "EEA"), ("欧州連合", "欧州経済領域")),
    "IE": (("Ireland", "Irish", "Dublin"), ("アイルランド",)),
    "SG": (("Singapore", "SIAC"), ("シンガポール",)),
    "DE": (("Germany", "German", "Berlin", "Munich", "Frankfurt"), ("ドイツ",)),
    "FR": (("France", "French", "Paris"), ("フランス", "パリ")),
    "NL": (("Netherlands", "Dutch", "Amsterdam"), ("オランダ",)),
    "CH": (("Switzerland", "Swiss", "Geneva", "Zurich"), ("スイス",)),
    "CN": (
        ("China", "PRC", "People's Republic of China", "Beijing", "Shanghai", "CIETAC"),
        ("中国", "中華人民共和国", "北京", "上海"),
    ),
    "HK": (("Hong Kong", "HKIAC"), ("香港",)),
    "KR": (("Korea", "Seoul", "KCAB"), ("韓国", "大韓民国", "ソウル")),
    "CA": (
        (
            "Canada",
            "Ontario",
            "British Columbia",
            "Quebec",
            "Québec",
            "Alberta",
            "Nova Scotia",
            "Manitoba",
            "Saskatchewan",
            "New Brunswick",
            "Newfoundland",
            "Prince Edward Island",
            "Toronto",
            "Vancouver",
            "Montreal",
            "Montréal",
            "Ottawa",
            "Calgary",
            "Halifax",
        ),
        ("カナダ",),
    ),
    "AU": (
        (
            "Australia",
            "New South Wales",
            "Victoria",
            "Queensland",
            "Western Australia",
            "South Australia",
            "Tasmania",
            "Sydney",
            "Melbourne",
            "Brisbane",
            "Perth",
            "Adelaide",
            "Canberra",
        ),
        ("オーストラリア",),
    ),
    "IN": (("India", "Mumbai", "Delhi", "Bangalore"), ("インド",)),
    "IL": (("Israel", "Tel Aviv"), ("イスラエル",)),
    "SE": (("Sweden", "Stockholm"), ("スウェーデン",)),
    "LU": (("Luxembourg",), ("ルクセンブルク",)),
    "TW": (("Taiwan", "Taipei"), ("台湾",)),
    "FI": (("Finland", "Finnish", "Helsinki"), ("フィンランド",)),
    "DK": (("Denmark", "Danish", "Copenhagen"), ("デンマーク",)),
    "NO": (("Norway", "Norwegian", "Oslo"), ("ノルウェー",)),
    "ES": (("Spain", "Spanish", "Madrid", "Barcelona"), ("スペイン",)),
    "IT": (("Italy", "Italian", "Rome", "Milan"), ("イタリア",)),
    "BE": (("Belgium", "Belgian", "Brussels"), ("ベルギー",)),
    "AT": (("Austria", "Austrian", "Vienna"), ("オーストリア",)),
    "PT": (("Portugal", "Portuguese", "Lisbon"), ("ポルトガル",)),
    "PL": (("Poland", "Polish", "Warsaw"), ("ポーランド",)),
    "CZ": (("Czech Republic", "Czechia", "Prague"), ("チェコ",)),
    "BR": (("Brazil", "Brazilian", "São Paulo", "Sao Paulo", "São Paolo", "Rio de Janeiro"), ("ブラジル",)),
    "MX": (("Mexico", "Mexican"), ("メキシコ",)),
    "NZ": (("New Zealand", "Auckland", "Wellington"), ("ニュージーランド",)),
    "ZA": (("South Africa", "Johannesburg", "Cape Town"), ("南アフリカ",)),
    "AE": (("United Arab Emirates", "UAE", "Dubai", "Abu Dhabi", "DIFC"), ("アラブ首長国連邦", "ドバイ")),
    "RU": (("Russia", "Russian Federation", "Moscow"), ("ロシア",)),
    "TH": (("Thailand", "Bangkok"), ("タイ王国",)),
    "VN": (("Vietnam", "Viet Nam", "Hanoi", "Ho Chi Minh"), ("ベトナム",)),
    "ID": (("Indonesia", "Jakarta"), ("インドネシア",)),
    "MY": (("Malaysia", "Kuala Lumpur"), ("マレーシア",)),
    "PH": (("Philippines", "Manila"), ("フィリピン",)),
    "IS": (("Iceland", "Icelandic", "Reykjavik", "Reykjavík"), ("アイスランド",)),
    "GR": (("Greece", "Greek", "Athens"), ("ギリシャ", "ギリシア")),
    "HU": (("Hungary", "Hungarian", "Budapest"), ("ハンガリー",)),
    "EE": (("Estonia", "Estonian", "Tallinn"), ("エストニア",)),
    "TR": (("Turkey", "Türkiye", "Turkish", "Istanbul", "Ankara"), ("トルコ",)),
    "SA": (("Saudi Arabia", "Riyadh"), ("サウジアラビア",)),
    "QA": (("Qatar", "Doha"), ("カタール",)),
    "CL": (("Chile", "Chilean"), ("チリ共和国",)),
    "AR": (("Argentina", "Argentine", "Buenos Aires"), ("アルゼンチン",)),
    "CO": (("Colombia", "Colombian", "Bogotá", "Bogota"), ("コロンビア",)),
    "KE": (("Kenya", "Kenyan", "Nairobi"), ("ケニア",)),
    "NG": (("Nigeria", "Nigerian", "Abuja"), ("ナイジェリア",)),
    "EG": (("Egypt", "Egyptian", "Cairo"), ("エジプト",)),
}
# "the laws of the jurisdiction where you live" and the like: the user's own forum
_USER_LOCAL = re.compile(
    r"\b(?:where|in\s+which)\s+you\s+(?:live|reside|are\s+(?:located|domiciled|resident))\b|\byour\s+(?:country|place)\s+of\s+(?:main\s+|habitual\s+)?residence\b"
    r"|\b(?:country|place)\s+of\s+your\s+(?:main\s+|habitual\s+|usual\s+)?residence\b|\byour\s+local\s+(?:courts?|laws?)\b"
    r"|\blocal\s+courts?\s+of\s+your\b|お客様の(?:住所地|居住地)",
    re.IGNORECASE,
)

# Who a rule applies to, not where disputes go: "if you're a resident of the EEA or Switzerland, ...",
# "for users located in California, ...": the place up to the next comma is scope, not the forum
_RESIDENCY_SCOPE = re.compile(
    r"(?:\b(?:if|when|where|while)\s+you(?:['’]re|\s+are)\s+(?:a\s+)?(?:resident|located|based|living|domiciled|established)\s+(?:of|in)"
    r"|\b(?:if|when|where|while)\s+you\s+(?:live|reside)\s+in"
    r"|\b(?:an?\s+)?(?:organi[sz]ations?|business(?:es)?|entit(?:y|ies)|compan(?:y|ies)|users?|customers?|consumers?)\s+"
    r"(?:based|located|established|resident|residing)\s+in"
    r"|\b(?:for|to)\s+(?:the\s+)?residents?\s+of)\b"
    # the place: up to a comma, or to where the main clause starts ("if you reside in China these terms ...")
    r"[^,;:]*?(?=\s*[,;:]|\s+(?:these|this|the\s+laws?|all|any|you|we|your|our)\b|\s*$)"
    r"|(?:に居住|に所在|に住所を有)する(?:お客様|利用者|ユーザー)",
    re.IGNORECASE,
)


@cache
def _place_patterns() -> dict[str, re.Pattern[str]]:
    out = {}
    for code, (en, ja) in PLACES.items():
        parts = [r"\b" + re.escape(name) + (r"\b" if name[-1].isalnum() else "") for name in en]
        parts += [re.escape(name) for name in ja]
        out[code] = re.compile("|".join(parts), re.IGNORECASE)
    return out


def places(text: str) -> list[tuple[str, str]]:
    """(code, matched words) of every place named in the text, in order."""
    found: list[tuple[int, str, str]] = []
    for code, pattern in _place_patterns().items():
        for match in pattern.finditer(text):
            found.append((match.start(), code, match.group(0)))
    found.sort()
    return [(code, words) for _, code, words in found]


# Arbitration imposed on the user, class-action and jury waivers: a forum chosen by the vendor
_ARBITRATION = re.compile(
    r"\b(?:binding|mandatory|final|individual)\s+arbitration\b|\b(?:resolved|settled|decided)\s+(?:\w+\s+){0,3}(?:by|through|in)\s+(?:\w+\s+){0,2}arbitration\b"
    r"|\bagree\s+to\s+arbitrate\b|\bsubmit(?:ted)?\s+to\s+(?:\w+\s+){0,2}arbitration\b|\bwaive\w*\b.{0,60}\b(?:class\s+action|jury)\b"
    r"|\bgoverned\s+by\s+(?:the\s+)?(?:binding\s+)?arbitration\b"
    r"|仲裁(?:により|によって|に付託|で)(?:最終的に)?解決",
    re.IGNORECASE,
)


# Words that set the law or the forum, as opposed to arbitration procedure or severability
_SETS_FORUM = re.compile(
    r"\bgovern(?:ed|s|ing)?\b|\blaws?\s+of\b|\bconstrued\b|\bjurisdiction\s+of\b|\b(?:exclusive|sole|personal)\s+jurisdiction\b"
    r"|\bsubmit(?:s|ted)?\s+(?:\w+\s+)?to\b|\bcompetent\s+courts?\b|\bvenue\b|\b(?:resolved?|settled|brought|heard|decided|litigated|determined|adjudicated)\b|\bbring\b"
    r"|\bagree\s+to\s+arbitrate\b|\b(?:binding|mandatory|final|individual)\s+arbitration\b|\bplace\s+of\s+arbitration\b|\bseat\b"
    r"|\bwaive\w*\b.{0,60}\b(?:class\s+action|jury)\b|\bproceedings\b"
    r"|\bcourt\s+of\s+first\s+instance\b|\bhaving\s+jurisdiction\b|\b(?:place|seat)\s+of\s+jurisdiction\b"
    r"|\b(?:exclusive|sole)\s+competence\b|\bcompetent\s+to\s+hear\b|\bapplies\b|\bapply\b"
    r"|準拠|管轄|仲裁|裁判所とする|裁判所を|裁判所に|法(?:令|律)?(?:のみ)?(?:が|は)適用|法(?:令|律)?に従|解決",
    re.IGNORECASE,
)


# A sentence that sets both the law and the forum ("governed by the laws of England, and the parties submit to the
# Tokyo District Court", 「本契約は英国法に準拠し、…東京地方裁判所を…管轄裁判所とする」): its clauses, and which of the two each sets
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but)\s+|(?<=し)、|(?<=され)、|(?<=であり)、|、(?:また|なお)、?|\.\s+")
_SETS_LAW = re.compile(
    r"\bgovern(?:ed|s|ing)\b|\blaws?\b|\bconstrued\b|準拠|法(?:令|律)?(?:のみ)?(?:が|は)適用|法令?に従", re.IGNORECASE
)
_SETS_COURT = re.compile(
    r"\bcourts?\b|\bjurisdiction\b|\barbitra\w*|\bvenue\b|\btribunal\b|\bseat\b|裁判所|仲裁|管轄", re.IGNORECASE
)
# a place named only to be set aside: "not governed by the laws of Japan but by …", 「日本法に準拠するものではなく」,
# "the application of Japanese law is excluded"
_SET_ASIDE = re.compile(
    r"^(?:(?!\bbut\b).)*\bnot\b(?:(?!\bbut\b).)*\bbut\b|^[^。]*?ではなく、?"
    r"|[^,;]*\b(?:is|are)\s+(?:hereby\s+)?excluded\b|[^、。]*(?:の適用を排除|は適用され(?:ない|ません|ず))"
    # "the laws of Japan shall not apply", "The courts of Japan shall not have jurisdiction", "rather than the laws of
    # the State of California", "you waive any right to bring a claim in the courts of Japan",
    # 「日本の裁判所に訴訟を提起することはできず」
    r"|[^,;.]*\b(?:shall|will|does|do)\s+not\s+(?:apply|have\s+(?:any\s+)?jurisdiction)\b|\brather\s+than\s+[^,;.]*"
    r"|\bwaive\w*\s+(?:any|all|the)\s+rights?\s+to\s+(?:bring|file|commence)\b[^,;.]*"
    r"|[^、。]*(?:提起すること(?:は|が)?でき(?:ず|ない|ません)|管轄(?:権)?を有し(?:ない|ません|ず))"
    # where a party is, said only to be outweighed: "Notwithstanding Provider's incorporation in the State of Delaware,",
    # "even though the Services are provided to Customer in Japan", 「乙の本店所在地が米国にある場合であっても、」
    r"|\bnotwithstanding\s+(?:that\s+)?[^,;.]*|\beven\s+(?:though|if)\s+[^,;.]*|[^、。]*場合であっても、?",
    re.IGNORECASE,
)


def about(text: str, aspect: str) -> str:
    """The part of ``text`` that sets the law (``aspect`` "law") or the forum ("forum"), without places named only to
    be set aside; the whole text when it sets only one of them."""
    text = _SET_ASIDE.sub(" ", text)
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c.strip()]
    law = [c for c in clauses if _SETS_LAW.search(c) and not _SETS_COURT.search(c)]
    court = [c for c in clauses if _SETS_COURT.search(c)]
    if not law or not court:
        return text
    return " ".join(law if aspect == "law" else court)


def forum_position(text: str, home: str) -> tuple[str | None, str]:
    """Position for our side (home jurisdiction ``home``) and the words that decided it."""
    if not _SETS_FORUM.search(text) and not _USER_LOCAL.search(text):
        return None, ""
    named = places(_RESIDENCY_SCOPE.sub(" ", text))
    home_hits = [words for code, words in named if code == home.upper()]
    foreign = [words for code, words in named if code != home.upper()]
    if foreign and not home_hits:
        return "unfavourable", foreign[0]
    if home_hits and not foreign:
        return "favourable", home_hits[0]
    if home_hits and foreign:
        return "neutral", f"{home_hits[0]} / {foreign[0]}"
    local = _USER_LOCAL.search(text)
    if local:
        return "user-local", local.group(0)
    imposed = _ARBITRATION.search(text)
    if imposed:
        return "vendor-forum", imposed.group(0)
    return None, ""
