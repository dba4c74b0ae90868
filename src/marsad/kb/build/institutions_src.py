"""State institutions by role, as templates over a state's adjective and name.

``{F}`` is the definite feminine adjective (``التركية``), ``{M}`` the definite masculine
(``التركي``), ``{N}`` the state's Arabic name (``تركيا``). Role codes follow the CAMEO
agent conventions of the Phoenix dictionaries: foreign and interior ministries GOV,
defence ministry GOVMIL, armed forces MIL, police and security forces COP, intelligence
SPY, parliament LEG, courts JUD, central bank GOVBUS, opposition OPP, media MED.
"""

from __future__ import annotations

# (slug, English template, role code, kind, Arabic templates, core)
# ``core`` templates are made for every state with an adjective; the rest only for
# the focus states, where news names the institution often enough to be worth it.
TEMPLATES: list[tuple[str, str, str, str, tuple[str, ...], bool]] = [
    ("government", "Government of {en}", "GOV", "government", ("الحكومة {F}", "حكومة {N}"), True),
    ("authorities", "Authorities of {en}", "GOV", "government", ("السلطات {F}",), True),
    (
        "presidency",
        "Presidency of {en}",
        "GOV",
        "presidency",
        ("الرئاسة {F}", "رئاسة الجمهورية {F}"),
        False,
    ),
    (
        "foreign-ministry",
        "Ministry of Foreign Affairs of {en}",
        "GOV",
        "ministry",
        ("وزارة الخارجية {F}", "الخارجية {F}", "وزارة خارجية {N}"),
        True,
    ),
    (
        "defence-ministry",
        "Ministry of Defence of {en}",
        "GOVMIL",
        "ministry",
        ("وزارة الدفاع {F}", "الدفاع {F}", "وزارة دفاع {N}"),
        True,
    ),
    (
        "interior-ministry",
        "Ministry of the Interior of {en}",
        "GOV",
        "ministry",
        ("وزارة الداخلية {F}", "الداخلية {F}", "وزارة داخلية {N}"),
        True,
    ),
    (
        "finance-ministry",
        "Ministry of Finance of {en}",
        "GOV",
        "ministry",
        ("وزارة المالية {F}", "وزارة مالية {N}"),
        False,
    ),
    (
        "justice-ministry",
        "Ministry of Justice of {en}",
        "GOV",
        "ministry",
        ("وزارة العدل {F}",),
        False,
    ),
    (
        "health-ministry",
        "Ministry of Health of {en}",
        "GOVHLH",
        "ministry",
        ("وزارة الصحة {F}", "الصحة {F}"),
        False,
    ),
    (
        "energy-ministry",
        "Ministry of Energy of {en}",
        "GOV",
        "ministry",
        ("وزارة الطاقة {F}",),
        False,
    ),
    ("oil-ministry", "Ministry of Oil of {en}", "GOV", "ministry", ("وزارة النفط {F}",), False),
    (
        "economy-ministry",
        "Ministry of Economy of {en}",
        "GOV",
        "ministry",
        ("وزارة الاقتصاد {F}",),
        False,
    ),
    (
        "trade-ministry",
        "Ministry of Trade of {en}",
        "GOV",
        "ministry",
        ("وزارة التجارة {F}",),
        False,
    ),
    (
        "education-ministry",
        "Ministry of Education of {en}",
        "GOVEDU",
        "ministry",
        ("وزارة التعليم {F}", "وزارة التربية {F}"),
        False,
    ),
    ("cabinet", "Cabinet of {en}", "GOV", "cabinet", ("مجلس الوزراء {M}",), False),
    (
        "army",
        "Army of {en}",
        "MIL",
        "army",
        # an occupation named by its state's adjective (الاحتلال التركي) is its army,
        # also as forces agreeing in the feminine (قوات الاحتلال التركية)
        ("الجيش {M}", "جيش {N}", "الاحتلال {M}", "قوات الاحتلال {F}"),
        True,
    ),
    (
        "armed-forces",
        "Armed Forces of {en}",
        "MIL",
        "army",
        ("القوات المسلحة {F}", "القوات {F}"),
        True,
    ),
    (
        "general-staff",
        "General Staff of {en}",
        "MIL",
        "army",
        ("هيئة الأركان {F}", "رئاسة الأركان {F}", "هيئة الأركان العامة {F}"),
        False,
    ),
    (
        "air-force",
        "Air Force of {en}",
        "MIL",
        "army",
        ("سلاح الجو {M}", "القوات الجوية {F}"),
        False,
    ),
    ("navy", "Navy of {en}", "MIL", "army", ("البحرية {F}", "القوات البحرية {F}"), False),
    ("police", "Police of {en}", "COP", "police", ("الشرطة {F}",), True),
    (
        "security-forces",
        "Security forces of {en}",
        "COP",
        "police",
        ("قوات الأمن {F}", "الأجهزة الأمنية {F}"),
        False,
    ),
    (
        "intelligence",
        "Intelligence service of {en}",
        "SPY",
        "intelligence",
        ("الاستخبارات {F}", "المخابرات {F}", "جهاز الاستخبارات {M}", "جهاز المخابرات {M}"),
        True,
    ),
    ("parliament", "Parliament of {en}", "LEG", "parliament", ("البرلمان {M}",), True),
    ("judiciary", "Judiciary of {en}", "JUD", "court", ("القضاء {M}",), False),
    (
        "prosecution",
        "Public Prosecution of {en}",
        "JUD",
        "court",
        ("النيابة العامة {F}",),
        False,
    ),
    ("supreme-court", "Supreme Court of {en}", "JUD", "court", ("المحكمة العليا {F}",), False),
    (
        "constitutional-court",
        "Constitutional Court of {en}",
        "JUD",
        "court",
        ("المحكمة الدستورية {F}",),
        False,
    ),
    (
        "central-bank",
        "Central Bank of {en}",
        "GOVBUS",
        "central-bank",
        ("البنك المركزي {M}", "المصرف المركزي {M}"),
        False,
    ),
    ("embassy", "Embassy of {en}", "GOV", "embassy", ("السفارة {F}",), True),
    ("opposition", "Opposition of {en}", "OPP", "opposition", ("المعارضة {F}",), False),
    ("media", "Media of {en}", "MED", "media", ("وسائل الإعلام {F}",), False),
    (
        "agriculture-ministry",
        "Ministry of Agriculture of {en}",
        "GOVAGR",
        "ministry",
        ("وزارة الزراعة {F}",),
        False,
    ),
    (
        "labour-ministry",
        "Ministry of Labour of {en}",
        "GOVLAB",
        "ministry",
        ("وزارة العمل {F}",),
        False,
    ),
    (
        "environment-ministry",
        "Ministry of Environment of {en}",
        "GOVENV",
        "ministry",
        ("وزارة البيئة {F}",),
        False,
    ),
    (
        "information-ministry",
        "Ministry of Information of {en}",
        "GOVMED",
        "ministry",
        ("وزارة الإعلام {F}",),
        False,
    ),
    (
        "religious-affairs-ministry",
        "Ministry of Religious Affairs of {en}",
        "GOVREL",
        "ministry",
        ("وزارة الأوقاف {F}", "وزارة الشؤون الدينية {F}"),
        False,
    ),
    (
        "transport-ministry",
        "Ministry of Transport of {en}",
        "GOV",
        "ministry",
        ("وزارة النقل {F}",),
        False,
    ),
    (
        "tourism-ministry",
        "Ministry of Tourism of {en}",
        "GOVBUS",
        "ministry",
        ("وزارة السياحة {F}",),
        False,
    ),
    (
        "culture-ministry",
        "Ministry of Culture of {en}",
        "GOV",
        "ministry",
        ("وزارة الثقافة {F}",),
        False,
    ),
    (
        "social-affairs-ministry",
        "Ministry of Social Affairs of {en}",
        "GOV",
        "ministry",
        ("وزارة الشؤون الاجتماعية {F}",),
        False,
    ),
    (
        "electricity-ministry",
        "Ministry of Electricity of {en}",
        "GOV",
        "ministry",
        ("وزارة الكهرباء {F}",),
        False,
    ),
    (
        "water-ministry",
        "Ministry of Water Resources of {en}",
        "GOV",
        "ministry",
        ("وزارة الموارد المائية {F}", "وزارة الري {F}"),
        False,
    ),
    (
        "planning-ministry",
        "Ministry of Planning of {en}",
        "GOV",
        "ministry",
        ("وزارة التخطيط {F}",),
        False,
    ),
    (
        "investment-ministry",
        "Ministry of Investment of {en}",
        "GOVBUS",
        "ministry",
        ("وزارة الاستثمار {F}",),
        False,
    ),
    (
        "communications-ministry",
        "Ministry of Communications of {en}",
        "GOV",
        "ministry",
        ("وزارة الاتصالات {F}",),
        False,
    ),
    (
        "housing-ministry",
        "Ministry of Housing of {en}",
        "GOV",
        "ministry",
        ("وزارة الإسكان {F}",),
        False,
    ),
    (
        "industry-ministry",
        "Ministry of Industry of {en}",
        "GOVBUS",
        "ministry",
        ("وزارة الصناعة {F}",),
        False,
    ),
    (
        "higher-education-ministry",
        "Ministry of Higher Education of {en}",
        "GOVEDU",
        "ministry",
        ("وزارة التعليم العالي {F}",),
        False,
    ),
    (
        "migration-ministry",
        "Ministry of Migration of {en}",
        "GOVREF",
        "ministry",
        ("وزارة الهجرة {F}",),
        False,
    ),
    (
        "national-security-council",
        "National Security Council of {en}",
        "GOV",
        "council",
        ("مجلس الأمن الوطني {M}", "مجلس الأمن القومي {M}"),
        False,
    ),
    (
        "national-guard",
        "National Guard of {en}",
        "MIL",
        "army",
        ("الحرس الوطني {M}",),
        False,
    ),
    (
        "coast-guard",
        "Coast Guard of {en}",
        "MIL",
        "army",
        ("خفر السواحل {M}",),
        False,
    ),
    (
        "border-guard",
        "Border Guard of {en}",
        "MIL",
        "army",
        ("حرس الحدود {M}",),
        False,
    ),
    (
        "land-forces",
        "Land Forces of {en}",
        "MIL",
        "army",
        ("القوات البرية {F}",),
        False,
    ),
    (
        "special-forces",
        "Special Forces of {en}",
        "MIL",
        "army",
        ("القوات الخاصة {F}",),
        False,
    ),
    (
        "military-intelligence",
        "Military Intelligence of {en}",
        "MILSPY",
        "intelligence",
        ("الاستخبارات العسكرية {F}", "المخابرات العسكرية {F}"),
        False,
    ),
    (
        "civil-defence",
        "Civil Defence of {en}",
        "GOV",
        "agency",
        ("الدفاع المدني {M}",),
        False,
    ),
    (
        "news-agency",
        "State news agency of {en}",
        "MED",
        "news-agency",
        ("وكالة الأنباء {F}", "وكالة الأنباء الرسمية {F}"),
        False,
    ),
    (
        "state-tv",
        "State television of {en}",
        "MED",
        "broadcaster",
        ("التلفزيون {M}", "التلفزيون الرسمي {M}"),
        False,
    ),
    (
        "consulate",
        "Consulate of {en}",
        "GOV",
        "embassy",
        ("القنصلية {F}",),
        False,
    ),
    (
        "delegation",
        "Delegation of {en}",
        "GOV",
        "delegation",
        ("الوفد {M}",),
        False,
    ),
    (
        "diplomacy",
        "Diplomacy of {en}",
        "GOV",
        "government",
        ("الدبلوماسية {F}",),
        False,
    ),
]

# States that get every template: the Middle East and North Africa, G20, and the
# other states most present in Arabic news.
_FOCUS = (
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ KM IR IL TR AF PK "
    "US RU CN GB FR DE IT ES JP IN BR CA AU KR KP MX AR ZA ID UA BY GR CY ET ER SS AZ AM GE "
    "NL BE SE NO PL AT CH HU RS NG TD NE ML VE CU MY KZ UZ"
)
FOCUS = set(_FOCUS.split())

# Proper names of template institutions: (ISO2, slug) -> (English name, Arabic forms).
EXTRAS: dict[tuple[str, str], tuple[str | None, tuple[str, ...]]] = {
    ("US", "trade-ministry"): ("United States Department of Commerce", ()),
    ("US", "justice-ministry"): ("United States Department of Justice", ()),
    ("US", "energy-ministry"): ("United States Department of Energy", ()),
    ("US", "health-ministry"): ("United States Department of Health and Human Services", ()),
    ("US", "agriculture-ministry"): ("United States Department of Agriculture", ()),
    ("US", "labour-ministry"): ("United States Department of Labor", ()),
    ("US", "transport-ministry"): ("United States Department of Transportation", ()),
    ("US", "education-ministry"): ("United States Department of Education", ()),
    ("US", "embassy"): ("US Embassy", ()),
    ("GB", "interior-ministry"): ("Home Office", ("وزارة الداخلية البريطانية",)),
    ("GB", "finance-ministry"): ("HM Treasury", ("وزارة الخزانة البريطانية",)),
    ("GB", "defence-ministry"): ("Ministry of Defence (UK)", ()),
    ("US", "parliament"): (
        "United States Congress",
        (
            "الكونغرس",
            "الكونجرس",
            "الكونغرس الأمريكي",
            "الكونغرس الأميركي",
            "الكونجرس الأمريكي",
            "الكونجرس الأميركي",
            "الكونغرس الامريكي",
            "الكونغرس الاميركي",
        ),
    ),
    ("US", "foreign-ministry"): (
        "United States Department of State",
        ("وزارة الخارجية الأمريكية", "الخارجية الأمريكية"),
    ),
    ("US", "defence-ministry"): (
        "United States Department of Defense",
        ("البنتاغون", "البنتاجون", "وزارة الدفاع الأمريكية"),
    ),
    ("US", "government"): (
        "United States government",
        ("الإدارة الأمريكية", "الإدارة الأميركية", "الادارة الامريكية"),
    ),
    ("US", "central-bank"): (
        "Federal Reserve",
        (
            "الاحتياطي الفيدرالي",
            "مجلس الاحتياطي الفيدرالي",
            "الاحتياطي الاتحادي",
            "البنك المركزي الأمريكي",
            "الفيدرالي الأمريكي",
            "الاحتياطي الفدرالي",
            "مجلس الاحتياطي الفدرالي",
            "البنك الاحتياطي الفيدرالي",
            "الاحتياط الفيدرالي",
            "مجلس الاحتياطي الاتحادي",
        ),
    ),
    ("US", "supreme-court"): ("Supreme Court of the United States", ("المحكمة العليا الأمريكية",)),
    ("TR", "parliament"): (
        "Grand National Assembly of Turkey",
        (
            "مجلس الأمة التركي الكبير",
            "الجمعية الوطنية الكبرى التركية",
            "المجلس الوطني التركي الكبير",
            "البرلمان التركي",
        ),
    ),
    ("TR", "intelligence"): (
        "National Intelligence Organization (MIT)",
        (
            "جهاز الاستخبارات الوطنية التركي",
            "الاستخبارات الوطنية التركية",
            "جهاز الاستخبارات التركية",
        ),
    ),
    ("TR", "presidency"): (
        "Presidency of Turkey",
        ("الرئاسة التركية", "رئاسة الجمهورية التركية"),
    ),
    ("IL", "parliament"): ("Knesset", ("الكنيست", "الكنيست الإسرائيلي", "الكنيست الاسرائيلي")),
    ("IL", "army"): (
        "Israel Defense Forces",
        (
            # bare الاحتلال in Arabic news is Israel's; another state's takes its
            # adjective (الاحتلال الفرنسي), a longer form of that state's army
            "الاحتلال",
            "جنود الاحتلال",
            "طائرات الاحتلال",
            "مقاتلات الاحتلال",
            "دبابات الاحتلال",
            "آليات الاحتلال",
            "جيش الاحتلال",
            "جيش الاحتلال الإسرائيلي",
            "جيش الدفاع الإسرائيلي",
            "قوات الاحتلال",
            "قوات الاحتلال الإسرائيلي",
            "قوات الاحتلال الإسرائيلية",
            "الجيش الإسرائيلي",
        ),
    ),
    ("IL", "police"): ("Israel Police", ("شرطة الاحتلال", "شرطة الاحتلال الإسرائيلي")),
    ("IL", "government"): (None, ("حكومة الاحتلال", "سلطات الاحتلال", "سلطات الاحتلال الإسرائيلي")),
    ("IR", "parliament"): (
        "Islamic Consultative Assembly (Majlis)",
        (
            "مجلس الشورى الإسلامي",
            "مجلس الشورى الإيراني",
            "البرلمان الإيراني",
            "مجلس الشورى الاسلامي",
        ),
    ),
    ("RU", "parliament"): ("Federal Assembly of Russia", ("الجمعية الفيدرالية الروسية",)),
    ("SY", "army"): (
        "Syrian Arab Army",
        (
            "الجيش العربي السوري",
            "جيش النظام",
            "جيش النظام السوري",
            "قوات النظام",
            "قوات النظام السوري",
            "القوات الحكومية السورية",
        ),
    ),
    ("SY", "government"): (
        "Government of Syria",
        ("النظام السوري", "نظام الأسد", "الحكومة السورية"),
    ),
    ("SY", "parliament"): ("People's Assembly of Syria", ("مجلس الشعب السوري",)),
    ("EG", "parliament"): ("House of Representatives of Egypt", ("مجلس النواب المصري",)),
    ("IQ", "parliament"): ("Council of Representatives of Iraq", ("مجلس النواب العراقي",)),
    ("LB", "parliament"): (
        "Parliament of Lebanon",
        ("مجلس النواب اللبناني", "المجلس النيابي اللبناني"),
    ),
    ("JO", "parliament"): ("Parliament of Jordan", ("مجلس النواب الأردني", "مجلس الأمة الأردني")),
    ("KW", "parliament"): ("National Assembly of Kuwait", ("مجلس الأمة الكويتي",)),
    ("SA", "parliament"): ("Consultative Assembly of Saudi Arabia", ("مجلس الشورى السعودي",)),
    ("QA", "parliament"): ("Shura Council of Qatar", ("مجلس الشورى القطري",)),
    ("OM", "parliament"): ("Council of Oman", ("مجلس الشورى العماني", "مجلس عمان")),
    ("AE", "parliament"): ("Federal National Council", ("المجلس الوطني الاتحادي",)),
    ("BH", "parliament"): ("National Assembly of Bahrain", ("مجلس النواب البحريني",)),
    ("YE", "parliament"): ("House of Representatives of Yemen", ("مجلس النواب اليمني",)),
    ("LY", "parliament"): (
        "House of Representatives of Libya",
        ("مجلس النواب الليبي", "برلمان طبرق"),
    ),
    ("TN", "parliament"): (
        "Assembly of the Representatives of the People",
        ("مجلس نواب الشعب", "مجلس نواب الشعب التونسي"),
    ),
    ("DZ", "parliament"): ("People's National Assembly", ("المجلس الشعبي الوطني",)),
    ("MA", "parliament"): ("Parliament of Morocco", ("مجلس النواب المغربي",)),
    ("PS", "parliament"): ("Palestinian Legislative Council", ("المجلس التشريعي الفلسطيني",)),
    ("SD", "parliament"): ("National Legislature of Sudan", ("المجلس الوطني السوداني",)),
    ("DE", "parliament"): ("Bundestag", ("البوندستاغ", "البوندستاج", "البرلمان الألماني")),
    ("FR", "parliament"): ("French Parliament", ("الجمعية الوطنية الفرنسية",)),
    ("GB", "parliament"): ("Parliament of the United Kingdom", ("البرلمان البريطاني",)),
    ("CN", "parliament"): (
        "National People's Congress",
        ("المؤتمر الوطني لنواب الشعب الصيني", "مجلس نواب الشعب الصيني"),
    ),
    ("CA", "foreign-ministry"): ("Global Affairs Canada", ()),
    ("GB", "foreign-ministry"): (
        "Foreign, Commonwealth and Development Office",
        ("وزارة الخارجية البريطانية", "الخارجية البريطانية"),
    ),
    ("GB", "intelligence"): (
        "Secret Intelligence Service (MI6)",
        ("جهاز الاستخبارات الخارجية البريطاني", "إم آي 6", "ام اي 6"),
    ),
    ("IR", "intelligence"): (
        "Ministry of Intelligence of Iran",
        ("وزارة الاستخبارات الإيرانية", "وزارة الأمن الإيرانية"),
    ),
    ("SA", "central-bank"): ("Saudi Central Bank", ("مؤسسة النقد العربي السعودي",)),
    ("EG", "army"): ("Egyptian Armed Forces", ("الجيش المصري",)),
    ("IQ", "army"): ("Iraqi Army", ("الجيش العراقي",)),
    ("LB", "army"): ("Lebanese Army", ("الجيش اللبناني",)),
    ("PS", "government"): ("Palestinian Authority government", ("الحكومة الفلسطينية",)),
}

# Institutions named without their state (``وزارة الخارجية``, ``الجيش``). They get
# ``generic:<slug>`` entries with no code in the opt-in file ``optional/generic.jsonl``
# (not loaded by default); linking resolves them to ``org:<ISO3>:<slug>`` of the state
# the article is about. Bare adjectives that are
# also common words (``الخارجية`` "foreign", ``الدفاع`` "defence") are left out.
GENERIC: dict[str, tuple[str, ...]] = {
    "government": ("الحكومة",),
    "presidency": ("الرئاسة", "رئاسة الجمهورية"),
    "foreign-ministry": ("وزارة الخارجية",),
    "defence-ministry": ("وزارة الدفاع",),
    "interior-ministry": ("وزارة الداخلية",),
    "finance-ministry": ("وزارة المالية",),
    "justice-ministry": ("وزارة العدل",),
    "health-ministry": ("وزارة الصحة",),
    "cabinet": ("مجلس الوزراء",),
    "army": ("الجيش",),
    "general-staff": ("هيئة الأركان", "رئاسة الأركان", "هيئة الأركان العامة"),
    "police": ("الشرطة",),
    "intelligence": ("جهاز المخابرات", "جهاز الاستخبارات"),
    "parliament": ("البرلمان",),
    "supreme-court": ("المحكمة العليا",),
    "constitutional-court": ("المحكمة الدستورية",),
    "prosecution": ("النيابة العامة",),
    "central-bank": ("البنك المركزي", "المصرف المركزي"),
}

# English demonyms for institution names as English news writes them ("Turkish Army",
# "Saudi Ministry of Foreign Affairs"); the "X of <state>" form is kept as an alias.
_DEMONYMS = (
    "= AE=Emirati AF=Afghan AL=Albanian AM=Armenian AO=Angolan AR=Argentine "
    "AT=Austrian AU=Australian AZ=Azerbaijani BA=Bosnian BD=Bangladeshi BE=Belgian "
    "BF=Burkinabe BG=Bulgarian BH=Bahraini BI=Burundian BJ=Beninese BN=Bruneian "
    "BO=Bolivian BR=Brazilian BS=Bahamian BT=Bhutanese BW=Botswanan BY=Belarusian "
    "BZ=Belizean CA=Canadian CD=Congolese CG=Congolese CH=Swiss CI=Ivorian "
    "CL=Chilean CM=Cameroonian CN=Chinese CO=Colombian CR=Costa_Rican CU=Cuban "
    "CY=Cypriot CZ=Czech DE=German DJ=Djiboutian DK=Danish DO=Dominican DZ=Algerian "
    "EC=Ecuadorian EE=Estonian EG=Egyptian ER=Eritrean ES=Spanish ET=Ethiopian "
    "FI=Finnish FJ=Fijian FR=French GA=Gabonese GB=British GE=Georgian GH=Ghanaian "
    "GM=Gambian GN=Guinean GR=Greek GT=Guatemalan GY=Guyanese HN=Honduran "
    "HR=Croatian HT=Haitian HU=Hungarian ID=Indonesian IE=Irish IL=Israeli IN=Indian "
    "IQ=Iraqi IR=Iranian IS=Icelandic IT=Italian JM=Jamaican JO=Jordanian "
    "JP=Japanese KE=Kenyan KG=Kyrgyz KH=Cambodian KM=Comorian KP=North_Korean "
    "KR=South_Korean KW=Kuwaiti KZ=Kazakh LA=Lao LB=Lebanese LK=Sri_Lankan "
    "LR=Liberian LT=Lithuanian LU=Luxembourgish LV=Latvian LY=Libyan MA=Moroccan "
    "MC=Monegasque MD=Moldovan MG=Malagasy MK=Macedonian MM=Myanmar MN=Mongolian "
    "MR=Mauritanian MT=Maltese MU=Mauritian MV=Maldivian MW=Malawian MX=Mexican "
    "MY=Malaysian MZ=Mozambican NA=Namibian NE=Nigerien NG=Nigerian NI=Nicaraguan "
    "NL=Dutch NO=Norwegian NP=Nepali NZ=New_Zealand OM=Omani PA=Panamanian "
    "PE=Peruvian PH=Philippine PK=Pakistani PL=Polish PS=Palestinian PT=Portuguese "
    "PY=Paraguayan QA=Qatari RO=Romanian RS=Serbian RU=Russian RW=Rwandan SA=Saudi "
    "SD=Sudanese SE=Swedish SG=Singaporean SI=Slovenian SK=Slovak SL=Sierra_Leonean "
    "SN=Senegalese SO=Somali SS=South_Sudanese SV=Salvadoran SY=Syrian TD=Chadian "
    "TG=Togolese TH=Thai TJ=Tajik TM=Turkmen TN=Tunisian TR=Turkish TW=Taiwanese "
    "TZ=Tanzanian UA=Ukrainian UG=Ugandan US=US UY=Uruguayan UZ=Uzbek VA=Vatican "
    "VE=Venezuelan VN=Vietnamese XK=Kosovar YE=Yemeni ZA=South_African ZM=Zambian "
    "ZW=Zimbabwean = "
)
DEMONYMS: dict[str, str] = {
    k: v.replace("_", " ") for k, v in (p.split("=") for p in _DEMONYMS.split())
}

# English name of each template with a demonym ({dem}); templates not here keep
# their "X of <state>" name.
DEMONYM_NAMES: dict[str, str] = {
    "government": "{dem} government",
    "authorities": "{dem} authorities",
    "presidency": "{dem} presidency",
    "foreign-ministry": "{dem} Ministry of Foreign Affairs",
    "defence-ministry": "{dem} Ministry of Defence",
    "interior-ministry": "{dem} Ministry of Interior",
    "finance-ministry": "{dem} Ministry of Finance",
    "justice-ministry": "{dem} Ministry of Justice",
    "health-ministry": "{dem} Ministry of Health",
    "energy-ministry": "{dem} Ministry of Energy",
    "oil-ministry": "{dem} Ministry of Oil",
    "economy-ministry": "{dem} Ministry of Economy",
    "trade-ministry": "{dem} Ministry of Trade",
    "education-ministry": "{dem} Ministry of Education",
    "cabinet": "{dem} Cabinet",
    "army": "{dem} Army",
    "armed-forces": "{dem} Armed Forces",
    "general-staff": "{dem} General Staff",
    "air-force": "{dem} Air Force",
    "navy": "{dem} Navy",
    "police": "{dem} Police",
    "security-forces": "{dem} security forces",
    "intelligence": "{dem} intelligence",
    "parliament": "{dem} Parliament",
    "judiciary": "{dem} judiciary",
    "prosecution": "{dem} Public Prosecution",
    "supreme-court": "{dem} Supreme Court",
    "constitutional-court": "{dem} Constitutional Court",
    "embassy": "{dem} Embassy",
    "opposition": "{dem} opposition",
    "media": "{dem} media",
    "agriculture-ministry": "{dem} Ministry of Agriculture",
    "labour-ministry": "{dem} Ministry of Labour",
    "environment-ministry": "{dem} Ministry of Environment",
    "information-ministry": "{dem} Ministry of Information",
    "religious-affairs-ministry": "{dem} Ministry of Religious Affairs",
    "transport-ministry": "{dem} Ministry of Transport",
    "tourism-ministry": "{dem} Ministry of Tourism",
    "culture-ministry": "{dem} Ministry of Culture",
    "social-affairs-ministry": "{dem} Ministry of Social Affairs",
    "electricity-ministry": "{dem} Ministry of Electricity",
    "water-ministry": "{dem} Ministry of Water Resources",
    "planning-ministry": "{dem} Ministry of Planning",
    "investment-ministry": "{dem} Ministry of Investment",
    "communications-ministry": "{dem} Ministry of Communications",
    "housing-ministry": "{dem} Ministry of Housing",
    "industry-ministry": "{dem} Ministry of Industry",
    "higher-education-ministry": "{dem} Ministry of Higher Education",
    "migration-ministry": "{dem} Ministry of Migration",
    "national-security-council": "{dem} National Security Council",
    "national-guard": "{dem} National Guard",
    "coast-guard": "{dem} Coast Guard",
    "border-guard": "{dem} Border Guard",
    "land-forces": "{dem} Land Forces",
    "special-forces": "{dem} Special Forces",
    "military-intelligence": "{dem} military intelligence",
    "civil-defence": "{dem} Civil Defence",
    "news-agency": "{dem} state news agency",
    "state-tv": "{dem} state television",
    "consulate": "{dem} Consulate",
    "delegation": "{dem} delegation",
    "diplomacy": "{dem} diplomacy",
}

# Templates made only for the states that have such a body (others would be names no
# one writes). Templates not listed follow ``core``/``FOCUS``.
_ARAB = "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ KM"
_ARAB_IR_TR = _ARAB + " IR TR"
ONLY_FOR: dict[str, set[str]] = {
    "electricity-ministry": set(_ARAB_IR_TR.split()),
    "water-ministry": set(_ARAB_IR_TR.split()),
    "religious-affairs-ministry": set(_ARAB.split()),
    "migration-ministry": set(_ARAB.split()),
    "information-ministry": set(_ARAB.split()),
    "investment-ministry": set(_ARAB.split()),
    "planning-ministry": set(_ARAB_IR_TR.split()),
    "social-affairs-ministry": set(_ARAB_IR_TR.split()),
    "housing-ministry": set(_ARAB_IR_TR.split()),
    "higher-education-ministry": set(_ARAB_IR_TR.split()),
    "civil-defence": set(_ARAB_IR_TR.split()),
    "national-guard": {"SA", "KW", "US", "TN", "UA", "CY", "QA", "IQ"},
    "oil-ministry": set((_ARAB_IR_TR + " RU NG VE").split()),
}
# States with no institutions of their own worth generating.
NO_INSTITUTIONS = {"VA", "MC"}
# States without armed forces get no army templates.
NO_ARMY = {"IS", "CR", "PA", "MU", "VA", "MC"}
ARMY_TEMPLATES = {"army", "armed-forces", "general-staff", "air-force", "navy", "land-forces"}
