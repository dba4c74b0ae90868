"""Curated organisations: IGOs and agencies, NGOs, media, armed and political groups,
named state bodies and companies (names and codes are facts).

Rows: ``id | English | code | kind | ISO3 country | Arabic forms (;) | English aliases (;)``;
a form written ``?form`` is also a common word (``?القاعدة``) and only read where the
tagger reads an organisation.
IGO/NGO codes follow the CAMEO/Phoenix international actor dictionary where it has
the body (IGOUNOIAE for the IAEA, IGOWSTNAT for NATO, NGOHLHIRC for the Red Cross ...),
and the project's gold where both exist (UNRWA IGOUNOREF, PLO PSEGOV).
"""

from __future__ import annotations

IGOS = """
org:un|United Nations|IGOUNO|igo||الأمم المتحدة;منظمة الأمم المتحدة;هيئة الأمم المتحدة;الأمم المتحده|UN
org:unsc|United Nations Security Council|IGOUNO|igo||مجلس الأمن الدولي;مجلس الأمن;مجلس الأمن التابع للأمم المتحدة;مجلس الامن الدولي|UNSC;Security Council
org:unga|United Nations General Assembly|IGOUNO|igo||الجمعية العامة للأمم المتحدة;الجمعية العامة|UNGA
org:un-secretariat|United Nations Secretariat|IGOUNO|igo||الأمانة العامة للأمم المتحدة|
org:unhcr|UNHCR|IGOUNOREFHCR|igo||المفوضية السامية للأمم المتحدة لشؤون اللاجئين;مفوضية الأمم المتحدة لشؤون اللاجئين;مفوضية اللاجئين;المفوضية السامية لشؤون اللاجئين|UN Refugee Agency
org:unicef|UNICEF|IGOUNOKID|igo||اليونيسف;يونيسف;منظمة الأمم المتحدة للطفولة;صندوق الأمم المتحدة للطفولة;اليونيسيف;يونيسيف|
org:wfp|World Food Programme|IGOUNOWFP|igo||برنامج الأغذية العالمي;برنامج الغذاء العالمي|WFP
org:who|World Health Organization|IGOUNOHLHWHO|igo||منظمة الصحة العالمية|WHO
org:unrwa|UNRWA|IGOUNOREF|igo||الأونروا;الاونروا;أونروا;وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين;وكالة غوث وتشغيل اللاجئين الفلسطينيين;وكالة الغوث|
org:ocha|UN Office for the Coordination of Humanitarian Affairs|IGOUNO|igo||مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية;مكتب تنسيق الشؤون الإنسانية;أوتشا|OCHA
org:unesco|UNESCO|IGOUNODEV|igo||اليونسكو;يونسكو;منظمة الأمم المتحدة للتربية والعلم والثقافة;اليونيسكو;يونيسكو|
org:undp|United Nations Development Programme|IGOUNODEV|igo||برنامج الأمم المتحدة الإنمائي|UNDP
org:iaea|International Atomic Energy Agency|IGOUNOIAE|igo||الوكالة الدولية للطاقة الذرية;وكالة الطاقة الذرية;الوكالة الذرية|IAEA
org:ohchr|UN High Commissioner for Human Rights|IGOUNOHRIHCH|igo||المفوضية السامية لحقوق الإنسان;مفوضية الأمم المتحدة لحقوق الإنسان;المفوضية السامية للأمم المتحدة لحقوق الإنسان|OHCHR
org:unhrc|United Nations Human Rights Council|IGOUNO|igo||مجلس حقوق الإنسان;مجلس حقوق الإنسان التابع للأمم المتحدة;مجلس حقوق الإنسان الأممي|UNHRC
org:fao|Food and Agriculture Organization|IGOUNOAGRFAO|igo||منظمة الأغذية والزراعة;منظمة الفاو;الفاو|FAO
org:ilo|International Labour Organization|IGOUNOLABILO|igo||منظمة العمل الدولية|ILO
org:iom|International Organization for Migration|IGOUNOREF|igo||المنظمة الدولية للهجرة|IOM
org:unifil|UNIFIL|IGOUNO|igo||اليونيفيل;قوات اليونيفيل;قوة الأمم المتحدة المؤقتة في لبنان;قوات الطوارئ الدولية;اليونيفل;يونيفيل;يونيفل;قوات اليونيفل|
org:undof|UNDOF|IGOUNO|igo||قوة الأمم المتحدة لمراقبة فض الاشتباك;أندوف|
org:unsmil|UNSMIL|IGOUNO|igo||بعثة الأمم المتحدة للدعم في ليبيا;البعثة الأممية في ليبيا;البعثة الأممية|
org:unami|UNAMI|IGOUNO|igo||بعثة الأمم المتحدة لمساعدة العراق;يونامي|
org:icj|International Court of Justice|IGOUNOJUDICJ|igo||محكمة العدل الدولية|ICJ
org:icc|International Criminal Court|IGOJUDICC|igo||المحكمة الجنائية الدولية;الجنائية الدولية|ICC
org:opcw|Organisation for the Prohibition of Chemical Weapons|IGO|igo||منظمة حظر الأسلحة الكيميائية;منظمة حظر الأسلحة الكيماوية;منظمة حظر الأسلحة الكيمياوية;منظمة حظر الأسلحة الكيمائية|OPCW
org:imf|International Monetary Fund|IGOBUSIMF|igo||صندوق النقد الدولي;صندوق النقد|IMF
org:world-bank|World Bank|IGOUNODEVWBK|igo||البنك الدولي;مجموعة البنك الدولي|
org:wto|World Trade Organization|IGOBUS|igo||منظمة التجارة العالمية|WTO
org:nato|NATO|IGOWSTNAT|igo||حلف شمال الأطلسي;حلف الناتو;الناتو;ناتو;حلف الأطلسي;حلف شمال الاطلسي;منظمة حلف شمال الأطلسي;الحلف الأطلسي;حلف شمال الأطلنطي;حلف الأطلنطي|North Atlantic Treaty Organization
org:eu|European Union|IGOEUREEC|igo||الاتحاد الأوروبي;الاتحاد الاوروبي;الاتحاد الأوربي|EU
org:european-commission|European Commission|IGOEUREEC|igo||المفوضية الأوروبية;المفوضية الاوروبية|
org:european-parliament|European Parliament|IGOEUREEC|igo||البرلمان الأوروبي;البرلمان الاوروبي|
org:european-council|European Council|IGOEUREEC|igo||المجلس الأوروبي;مجلس الاتحاد الأوروبي|
org:ecb|European Central Bank|IGOEUREEC|igo||البنك المركزي الأوروبي;المركزي الأوروبي|ECB
org:eu-court|Court of Justice of the European Union|IGOEUREEC|igo||محكمة العدل الأوروبية|
org:echr|European Court of Human Rights|IGOEURCOE|igo||المحكمة الأوروبية لحقوق الإنسان|ECHR
org:council-of-europe|Council of Europe|IGOEURCOE|igo||مجلس أوروبا|
org:osce|OSCE|IGOEURSCE|igo||منظمة الأمن والتعاون في أوروبا|Organization for Security and Co-operation in Europe
org:arab-league|Arab League|IGOMEAARL|igo||جامعة الدول العربية;الجامعة العربية|League of Arab States
org:arab-parliament|Arab Parliament|IGOMEAARL|igo||البرلمان العربي|
org:gcc|Gulf Cooperation Council|IGOPGSGCC|igo||مجلس التعاون الخليجي;مجلس التعاون لدول الخليج العربية;مجلس التعاون;دول مجلس التعاون الخليجي|GCC
org:au|African Union|IGOAFRAFU|igo||الاتحاد الأفريقي;الاتحاد الإفريقي;الاتحاد الافريقي|AU
org:oic|Organisation of Islamic Cooperation|IGOMOSOIC|igo||منظمة التعاون الإسلامي;منظمة المؤتمر الإسلامي|OIC
org:opec|OPEC|IGOOPC|igo||أوبك;منظمة أوبك;منظمة الدول المصدرة للنفط;اوبك;منظمة البلدان المصدرة للنفط;منظمة البلدان المصدرة للبترول;منظمة الدول المصدرة للبترول|Organization of the Petroleum Exporting Countries
org:opec-plus|OPEC+|IGOOPC|igo||أوبك بلس;أوبك+;تحالف أوبك بلس|
org:oapec|OAPEC|IGOARBBUSAPE|igo||منظمة الأقطار العربية المصدرة للبترول;أوابك|
org:asean|ASEAN|IGOSEAASN|igo||رابطة دول جنوب شرق آسيا;آسيان;رابطة آسيان|Association of Southeast Asian Nations
org:sco|Shanghai Cooperation Organisation|IGOCAS|igo||منظمة شنغهاي للتعاون;منظمة شنغهاي|SCO
org:brics|BRICS|IGOBUS|igo||بريكس;مجموعة بريكس;دول بريكس|
org:g20|G20|IGOBUS|igo||مجموعة العشرين;مجموعة الـ20;قمة العشرين|Group of Twenty
org:g7|G7|IGOGOS|igo||مجموعة السبع;مجموعة الدول السبع;مجموعة الدول الصناعية السبع;مجموعة الـ7|Group of Seven
org:g8|G8|IGOGOE|igo||مجموعة الثماني|Group of Eight
org:interpol|Interpol|IGOCOPITP|igo||الإنتربول;الانتربول;الشرطة الدولية;منظمة الشرطة الجنائية الدولية;منظمة الشرطة الدولية;إنتربول|
org:ecowas|ECOWAS|IGOWAFBUSWAS|igo||المجموعة الاقتصادية لدول غرب أفريقيا;إيكواس;الإيكواس|Economic Community of West African States
org:igad|IGAD|IGOEAFDEVIAD|igo||الهيئة الحكومية للتنمية;إيغاد;الإيقاد|Intergovernmental Authority on Development
org:amu|Arab Maghreb Union|IGOMEAAMU|igo||اتحاد المغرب العربي|
org:iea|International Energy Agency|IGOUNOAIE|igo||وكالة الطاقة الدولية|IEA
org:csto|Collective Security Treaty Organization|IGO|igo||منظمة معاهدة الأمن الجماعي|CSTO
org:isdb|Islamic Development Bank|IGOMOSDEV|igo||البنك الإسلامي للتنمية|IsDB
org:oecd|OECD|IGOBUS|igo||منظمة التعاون الاقتصادي والتنمية|Organisation for Economic Co-operation and Development
org:eu-frontex|Frontex|IGOEUREEC|igo||فرونتكس;الوكالة الأوروبية لحرس الحدود والسواحل|
org:global-coalition|Global Coalition against Daesh|IGO|coalition||التحالف الدولي;التحالف الدولي ضد داعش;التحالف الدولي لمحاربة داعش;قوات التحالف الدولي|
org:arab-coalition|Saudi-led coalition in Yemen|SAUMIL|coalition|SAU|التحالف العربي;تحالف دعم الشرعية;التحالف بقيادة السعودية;تحالف دعم الشرعية في اليمن;التحالف الذي تقوده السعودية;التحالف بقيادة الرياض;التحالف الذي تقوده الرياض;التحالف العسكري بقيادة السعودية;التحالف العسكري الذي تقوده السعودية;التحالف السعودي;التحالف السعودي الإماراتي|
org:isaf|International Security Assistance Force|IGOWSTNAT|igo||إيساف;قوة إيساف;القوة الدولية للمساعدة على إرساء الأمن في أفغانستان|ISAF
org:ecosoc|UN Economic and Social Council|IGOUNO|igo||المجلس الاقتصادي والاجتماعي;المجلس الاقتصادي والاجتماعي التابع للأمم المتحدة|ECOSOC
org:wipo|World Intellectual Property Organization|IGOUNO|igo||المنظمة العالمية للملكية الفكرية;الويبو|WIPO
org:comesa|COMESA|IGOAFRBUS|igo||الكوميسا;السوق المشتركة لشرق وجنوب أفريقيا|
org:unctad|UNCTAD|IGOUNODEV|igo||الأونكتاد;مؤتمر الأمم المتحدة للتجارة والتنمية|
org:unep|UN Environment Programme|IGOUNOENV|igo||برنامج الأمم المتحدة للبيئة|UNEP
org:unfpa|UN Population Fund|IGOUNO|igo||صندوق الأمم المتحدة للسكان|UNFPA
org:un-women|UN Women|IGOUNO|igo||هيئة الأمم المتحدة للمرأة|
org:icao|International Civil Aviation Organization|IGOUNOBUS|igo||منظمة الطيران المدني الدولي;المنظمة الدولية للطيران المدني;منظمة الطيران المدني الدولية;إيكاو|ICAO
org:imo|International Maritime Organization|IGO|igo||المنظمة البحرية الدولية|IMO
org:itu|International Telecommunication Union|IGOUNOMED|igo||الاتحاد الدولي للاتصالات|ITU
org:wmo|World Meteorological Organization|IGOUNO|igo||المنظمة العالمية للأرصاد الجوية|WMO
org:unodc|UN Office on Drugs and Crime|IGOUNO|igo||مكتب الأمم المتحدة المعني بالمخدرات والجريمة|UNODC
org:afdb|African Development Bank|IGOAFRDEV|igo||بنك التنمية الأفريقي;البنك الأفريقي للتنمية|AfDB
org:aiib|Asian Infrastructure Investment Bank|IGOASADEV|igo||البنك الآسيوي للاستثمار في البنية التحتية|AIIB
org:ebrd|European Bank for Reconstruction and Development|IGOEURDEV|igo||البنك الأوروبي لإعادة الإعمار والتنمية|EBRD
org:arab-monetary-fund|Arab Monetary Fund|IGOMEABUS|igo||صندوق النقد العربي|
org:nam|Non-Aligned Movement|IGONON|igo||حركة عدم الانحياز|NAM
org:eaeu|Eurasian Economic Union|IGOBUS|igo||الاتحاد الاقتصادي الأوراسي|EAEU
org:cis|Commonwealth of Independent States|IGO|igo||رابطة الدول المستقلة|CIS
org:commonwealth|Commonwealth of Nations|IGO|igo||الكومنولث;رابطة الكومنولث|
org:oas|Organization of American States|IGOOAS|igo||منظمة الدول الأمريكية;منظمة الدول الأميركية|OAS
"""

NGOS = """
org:icrc|International Committee of the Red Cross|NGOHLHIRC|ngo||اللجنة الدولية للصليب الأحمر;الصليب الأحمر;الصليب الأحمر الدولي;الصليب الاحمر;منظمة الصليب الأحمر|ICRC;Red Cross
org:ifrc|International Federation of Red Cross and Red Crescent Societies|NGOHLHIRC|ngo||الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر|IFRC
org:red-crescent|Red Crescent|NGOHLHIRC|ngo||الهلال الأحمر;جمعية الهلال الأحمر;الهلال الاحمر|
org:pcrs|Palestine Red Crescent Society|NGOHLHIRC|ngo|PSE|الهلال الأحمر الفلسطيني;جمعية الهلال الأحمر الفلسطيني|
org:sarc|Syrian Arab Red Crescent|NGOHLHIRC|ngo|SYR|الهلال الأحمر العربي السوري;الهلال الأحمر السوري|
org:turkish-red-crescent|Turkish Red Crescent|NGOHLHIRC|ngo|TUR|الهلال الأحمر التركي|
org:amnesty|Amnesty International|NGOHRIAMN|ngo||منظمة العفو الدولية;العفو الدولية;منظمة العفو|
org:hrw|Human Rights Watch|NGOHRI|ngo||هيومن رايتس ووتش;منظمة هيومن رايتس ووتش;هيومان رايتس ووتش;هيومن رايتس واتش;هيومان رايتس واتش;منظمة هيومان رايتس ووتش|HRW
org:msf|Medecins Sans Frontieres|NGOHLHMSF|ngo||أطباء بلا حدود;منظمة أطباء بلا حدود|MSF;Doctors Without Borders
org:rsf|Reporters Without Borders|NGOHRIMED|ngo||مراسلون بلا حدود;منظمة مراسلون بلا حدود|RSF
org:cpj|Committee to Protect Journalists|NGOHRIMED|ngo||لجنة حماية الصحفيين;لجنة حماية الصحافيين|CPJ
org:oxfam|Oxfam|NGODEV|ngo||أوكسفام;منظمة أوكسفام|
org:save-the-children|Save the Children|NGODEV|ngo||منظمة إنقاذ الطفولة;أنقذوا الأطفال|
org:sohr|Syrian Observatory for Human Rights|NGOHRI|ngo|SYR|المرصد السوري لحقوق الإنسان;المرصد السوري|SOHR
org:white-helmets|White Helmets (Syria Civil Defence)|NGOHLH|ngo|SYR|الخوذ البيضاء;الدفاع المدني السوري;منظمة الخوذ البيضاء|
org:nrc|Norwegian Refugee Council|NGOREF|ngo||المجلس النرويجي للاجئين|NRC
org:transparency|Transparency International|NGO|ngo||منظمة الشفافية الدولية|
org:greenpeace|Greenpeace|NGOENV|ngo||غرينبيس;السلام الأخضر;جرينبيس;غرين بيس;جرين بيس;منظمة غرينبيس|
org:btselem|B'Tselem|NGOHRI|ngo|ISR|بتسيلم;منظمة بتسيلم|
org:euro-med-monitor|Euro-Mediterranean Human Rights Monitor|NGOHRI|ngo||المرصد الأورومتوسطي لحقوق الإنسان;المرصد الأورومتوسطي|
org:fifa|FIFA|NGO|sport||الفيفا;فيفا;الاتحاد الدولي لكرة القدم|
org:ioc|International Olympic Committee|NGO|sport||اللجنة الأولمبية الدولية|IOC
"""

MEDIA = """
org:anadolu|Anadolu Agency|TURMED|news-agency|TUR|وكالة الأناضول;وكالة أنباء الأناضول|AA
org:trt|TRT|TURMED|broadcaster|TUR|تي آر تي;هيئة الإذاعة والتلفزيون التركية;تي ار تي|
org:reuters|Reuters|GBRMED|news-agency|GBR|رويترز;وكالة رويترز;وكالة رويترز للأنباء;رويتر;وكالة رويتر|
org:afp|Agence France-Presse|FRAMED|news-agency|FRA|وكالة الصحافة الفرنسية;وكالة فرانس برس;فرانس برس;وكالة الأنباء الفرنسية;أ ف ب;فرانس بريس;وكالة فرانس بريس|AFP
org:ap|Associated Press|USAMED|news-agency|USA|أسوشيتد برس;وكالة أسوشيتد برس;أسوشيتدبرس;أسوشييتد برس;أسوشيتيد برس;أسوشييتدبرس;وكالة أسوشييتد برس;وكالة الأسوشيتد برس|AP
org:bloomberg|Bloomberg|USAMED|news-agency|USA|بلومبرغ;بلومبيرغ;وكالة بلومبرغ;بلومبيرج;بلومبرج;وكالة بلومبيرج;وكالة بلومبرج;بلومبيرغ نيوز|
org:dpa|Deutsche Presse-Agentur|DEUMED|news-agency|DEU|الوكالة الألمانية;وكالة الأنباء الألمانية|dpa
org:efe|EFE|ESPMED|news-agency|ESP|وكالة إفي;وكالة الأنباء الإسبانية|
org:ansa|ANSA|ITAMED|news-agency|ITA|وكالة أنسا|
org:xinhua|Xinhua|CHNMED|news-agency|CHN|شينخوا;وكالة شينخوا;وكالة أنباء شينخوا;وكالة الصين الجديدة;شينهوا;وكالة شينهوا|
org:tass|TASS|RUSMED|news-agency|RUS|تاس;وكالة تاس;وكالة تاس الروسية|
org:ria|RIA Novosti|RUSMED|news-agency|RUS|ريا نوفوستي;وكالة ريا نوفوستي|
org:interfax|Interfax|RUSMED|news-agency|RUS|إنترفاكس;وكالة إنترفاكس|
org:sputnik|Sputnik|RUSMED|news-agency|RUS|سبوتنيك;وكالة سبوتنيك;وكالة أنباء سبوتنيك|
org:rt|RT (Russia Today)|RUSMED|broadcaster|RUS|روسيا اليوم;قناة روسيا اليوم;آر تي|
org:kyodo|Kyodo|JPNMED|news-agency|JPN|كيودو;وكالة كيودو|
org:yonhap|Yonhap|KORMED|news-agency|KOR|يونهاب;وكالة يونهاب|
org:kcna|Korean Central News Agency|PRKMED|news-agency|PRK|وكالة الأنباء المركزية الكورية;وكالة الأنباء الكورية الشمالية|KCNA
org:irna|IRNA|IRNMED|news-agency|IRN|إرنا;وكالة إرنا;وكالة الجمهورية الإسلامية للأنباء;وكالة الأنباء الإيرانية الرسمية;إيرنا;وكالة إيرنا|
org:fars|Fars News Agency|IRNMED|news-agency|IRN|وكالة فارس;وكالة أنباء فارس|
org:tasnim|Tasnim News Agency|IRNMED|news-agency|IRN|تسنيم;وكالة تسنيم;وكالة تسنيم للأنباء|
org:mehr|Mehr News Agency|IRNMED|news-agency|IRN|وكالة مهر;وكالة مهر للأنباء|
org:isna|ISNA|IRNMED|news-agency|IRN|وكالة إيسنا;وكالة أنباء الطلبة الإيرانية;وكالة إسنا;إيسنا|
org:presstv|Press TV|IRNMED|broadcaster|IRN|برس تي في;قناة برس تي في|
org:al-alam|Al-Alam|IRNMED|broadcaster|IRN|قناة العالم|
org:sana|SANA|SYRMED|news-agency|SYR|سانا;وكالة سانا;الوكالة العربية السورية للأنباء;وكالة الأنباء السورية|
org:wafa|WAFA|PSEMED|news-agency|PSE|وفا;وكالة وفا;وكالة الأنباء والمعلومات الفلسطينية;وكالة الأنباء الفلسطينية|
org:qna|Qatar News Agency|QATMED|news-agency|QAT|قنا;وكالة الأنباء القطرية;وكالة قنا|QNA
org:spa|Saudi Press Agency|SAUMED|news-agency|SAU|واس;وكالة الأنباء السعودية;وكالة واس|SPA
org:wam|Emirates News Agency|AREMED|news-agency|ARE|وكالة أنباء الإمارات;وكالة وام|WAM
org:kuna|Kuwait News Agency|KWTMED|news-agency|KWT|كونا;وكالة الأنباء الكويتية;وكالة كونا|KUNA
org:bna|Bahrain News Agency|BHRMED|news-agency|BHR|وكالة أنباء البحرين|BNA
org:ona|Oman News Agency|OMNMED|news-agency|OMN|وكالة الأنباء العمانية|ONA
org:mena|Middle East News Agency|EGYMED|news-agency|EGY|وكالة أنباء الشرق الأوسط;وكالة الشرق الأوسط|MENA
org:petra|Petra News Agency|JORMED|news-agency|JOR|بترا;وكالة بترا;وكالة الأنباء الأردنية|
org:nna|National News Agency (Lebanon)|LBNMED|news-agency|LBN|الوكالة الوطنية للإعلام|NNA
org:ina|Iraqi News Agency|IRQMED|news-agency|IRQ|وكالة الأنباء العراقية|INA
org:saba|Saba News Agency|YEMMED|news-agency|YEM|سبأ;وكالة سبأ;وكالة الأنباء اليمنية|
org:tap|Tunis Afrique Presse|TUNMED|news-agency|TUN|وكالة تونس أفريقيا للأنباء|TAP
org:aps|Algeria Press Service|DZAMED|news-agency|DZA|وكالة الأنباء الجزائرية|APS
org:map|Maghreb Arabe Presse|MARMED|news-agency|MAR|وكالة المغرب العربي للأنباء|MAP
org:suna|Sudan News Agency|SDNMED|news-agency|SDN|سونا;وكالة السودان للأنباء|SUNA
org:lana|Libya News Agency|LBYMED|news-agency|LBY|وكالة الأنباء الليبية|LANA
org:al-jazeera|Al Jazeera|QATMED|broadcaster|QAT|الجزيرة;قناة الجزيرة;شبكة الجزيرة;الجزيرة نت|
org:al-arabiya|Al Arabiya|SAUMED|broadcaster|SAU|قناة العربية;العربية نت|
org:sky-news-arabia|Sky News Arabia|AREMED|broadcaster|ARE|سكاي نيوز عربية;سكاي نيوز|
org:bbc|BBC|GBRMED|broadcaster|GBR|بي بي سي;هيئة الإذاعة البريطانية;بي بي سي عربي;بي.بي.سي|
org:cnn|CNN|USAMED|broadcaster|USA|سي إن إن;سي ان ان;شبكة سي إن إن;CNN;سي.إن.إن|
org:fox-news|Fox News|USAMED|broadcaster|USA|فوكس نيوز;شبكة فوكس نيوز|
org:france24|France 24|FRAMED|broadcaster|FRA|فرانس 24;فرانس24|
org:dw|Deutsche Welle|DEUMED|broadcaster|DEU|دويتشه فيله|DW
org:nyt|The New York Times|USAMED|newspaper|USA|نيويورك تايمز;صحيفة نيويورك تايمز|
org:wapo|The Washington Post|USAMED|newspaper|USA|واشنطن بوست;صحيفة واشنطن بوست|
org:wsj|The Wall Street Journal|USAMED|newspaper|USA|وول ستريت جورنال;صحيفة وول ستريت جورنال;وول ستريت جورنل|
org:guardian|The Guardian|GBRMED|newspaper|GBR|الغارديان;صحيفة الغارديان;الجارديان;صحيفة الجارديان;الغاردين;الجاردين;غارديان;جارديان|
org:ft|Financial Times|GBRMED|newspaper|GBR|فايننشال تايمز;فاينانشيال تايمز;صحيفة فايننشال تايمز;فاينانشال تايمز;فايننشيال تايمز;الفايننشال تايمز|
org:times|The Times|GBRMED|newspaper|GBR|التايمز;صحيفة التايمز;ذا تايمز|
org:independent|The Independent|GBRMED|newspaper|GBR|الإندبندنت;صحيفة الإندبندنت;إندبندنت|
org:le-monde|Le Monde|FRAMED|newspaper|FRA|لوموند;صحيفة لوموند|
org:haaretz|Haaretz|ISRMED|newspaper|ISR|هآرتس;صحيفة هآرتس;هارتس;صحيفة هارتس;هاآرتس;صحيفة هاآرتس|
org:yedioth|Yedioth Ahronoth|ISRMED|newspaper|ISR|يديعوت أحرونوت;يديعوت أحرنوت;صحيفة يديعوت أحرونوت;يديعوت احرونوت|
org:maariv|Maariv|ISRMED|newspaper|ISR|معاريف;صحيفة معاريف|
org:jpost|The Jerusalem Post|ISRMED|newspaper|ISR|جيروزاليم بوست;صحيفة جيروزاليم بوست|
org:times-of-israel|The Times of Israel|ISRMED|newspaper|ISR|تايمز أوف إسرائيل;ذا تايمز أوف إسرائيل;صحيفة تايمز أوف إسرائيل|
org:kan|Kan (Israeli Public Broadcasting)|ISRMED|broadcaster|ISR|هيئة البث الإسرائيلية;القناة 11 الإسرائيلية|
org:channel-12|Channel 12 (Israel)|ISRMED|broadcaster|ISR|القناة 12 الإسرائيلية;القناة الثانية عشرة الإسرائيلية|
org:army-radio|Army Radio (Galei Tzahal)|ISRMED|broadcaster|ISR|إذاعة الجيش الإسرائيلي|
org:hurriyet|Hurriyet|TURMED|newspaper|TUR|حريت;صحيفة حريت;حرييت;صحيفة حرييت|
org:sabah|Sabah|TURMED|newspaper|TUR|صحيفة صباح التركية;صحيفة صباح|
org:asharq-al-awsat|Asharq Al-Awsat|SAUMED|newspaper|SAU|الشرق الأوسط اللندنية;صحيفة الشرق الأوسط|
org:al-ahram|Al-Ahram|EGYMED|newspaper|EGY|صحيفة الأهرام;الأهرام المصرية|
org:al-manar|Al-Manar|LBNMED|broadcaster|LBN|قناة المنار;المنار|
org:al-mayadeen|Al Mayadeen|LBNMED|broadcaster|LBN|الميادين;قناة الميادين|
org:state-tv-syria|Syrian state television|SYRMED|broadcaster|SYR|التلفزيون السوري;التلفزيون الرسمي السوري|
org:state-tv-iran|Islamic Republic of Iran Broadcasting|IRNMED|broadcaster|IRN|التلفزيون الإيراني;التلفزيون الرسمي الإيراني;هيئة الإذاعة والتلفزيون الإيرانية|IRIB
org:al-masirah|Al-Masirah|YEMMED|broadcaster|YEM|قناة المسيرة|
org:al-hayat|Al-Hayat|LBNMED|newspaper|LBN|صحيفة الحياة;صحيفة الحياة اللندنية;الحياة اللندنية|
org:an-nahar|An-Nahar|LBNMED|newspaper|LBN|صحيفة النهار;صحيفة النهار اللبنانية;النهار اللبنانية|
org:al-akhbar-lb|Al-Akhbar (Lebanon)|LBNMED|newspaper|LBN|صحيفة الأخبار اللبنانية;الأخبار اللبنانية|
org:al-quds-al-arabi|Al-Quds Al-Arabi|GBRMED|newspaper|GBR|القدس العربي;صحيفة القدس العربي|
org:al-araby|Al-Araby Al-Jadeed|GBRMED|newspaper|GBR|العربي الجديد;صحيفة العربي الجديد|
org:al-masry-al-youm|Al-Masry Al-Youm|EGYMED|newspaper|EGY|صحيفة المصري اليوم;موقع المصري اليوم|
org:youm7|Youm7|EGYMED|newspaper|EGY|صحيفة اليوم السابع;موقع اليوم السابع|
org:al-shorouk|Al-Shorouk|EGYMED|newspaper|EGY|صحيفة الشروق;الشروق المصرية|
org:okaz|Okaz|SAUMED|newspaper|SAU|عكاظ;صحيفة عكاظ|
org:al-riyadh-paper|Al Riyadh (newspaper)|SAUMED|newspaper|SAU|صحيفة الرياض|
org:al-watan-sa|Al-Watan (Saudi Arabia)|SAUMED|newspaper|SAU|صحيفة الوطن السعودية|
org:al-khaleej|Al Khaleej|AREMED|newspaper|ARE|صحيفة الخليج;صحيفة الخليج الإماراتية|
org:al-bayan|Al Bayan|AREMED|newspaper|ARE|صحيفة البيان;صحيفة البيان الإماراتية|
org:al-ittihad|Al-Ittihad (UAE)|AREMED|newspaper|ARE|صحيفة الاتحاد;صحيفة الاتحاد الإماراتية|
org:the-national|The National (UAE)|AREMED|newspaper|ARE|ذا ناشيونال;صحيفة ذا ناشيونال|
org:al-raya|Al Raya|QATMED|newspaper|QAT|صحيفة الراية;الراية القطرية|
org:al-sharq-qa|Al Sharq (Qatar)|QATMED|newspaper|QAT|صحيفة الشرق القطرية|
org:al-qabas|Al-Qabas|KWTMED|newspaper|KWT|القبس;صحيفة القبس|
org:al-rai-kw|Al-Rai (Kuwait)|KWTMED|newspaper|KWT|صحيفة الرأي الكويتية|
org:al-ghad|Al Ghad (Jordan)|JORMED|newspaper|JOR|صحيفة الغد الأردنية|
org:addustour|Ad-Dustour|JORMED|newspaper|JOR|صحيفة الدستور الأردنية|
org:al-watan-sy|Al-Watan (Syria)|SYRMED|newspaper|SYR|صحيفة الوطن السورية|
org:al-sabah-iq|Al-Sabah (Iraq)|IRQMED|newspaper|IRQ|صحيفة الصباح العراقية|
org:rudaw|Rudaw|IRQMED|broadcaster|IRQ|رووداو;شبكة رووداو;روداو|
org:al-sumaria|Al Sumaria|IRQMED|broadcaster|IRQ|السومرية;قناة السومرية|
org:kayhan|Kayhan|IRNMED|newspaper|IRN|كيهان;صحيفة كيهان|
org:al-hadath|Al Hadath|SAUMED|broadcaster|SAU|قناة الحدث;الحدث السعودية|
org:al-ghad-tv|Alghad TV|EGYMED|broadcaster|EGY|قناة الغد|
org:mbc|MBC|SAUMED|broadcaster|SAU|إم بي سي;مجموعة إم بي سي|
org:lbc|LBCI|LBNMED|broadcaster|LBN|إل بي سي;قناة إل بي سي|
org:axios|Axios|USAMED|news-site|USA|أكسيوس;موقع أكسيوس|
org:politico|Politico|USAMED|news-site|USA|بوليتيكو;موقع بوليتيكو|
org:nbc|NBC News|USAMED|broadcaster|USA|إن بي سي;شبكة إن بي سي|
org:cbs|CBS News|USAMED|broadcaster|USA|سي بي إس;شبكة سي بي إس|
org:abc-us|ABC News|USAMED|broadcaster|USA|إيه بي سي;شبكة إيه بي سي|
org:le-figaro|Le Figaro|FRAMED|newspaper|FRA|لوفيغارو;صحيفة لوفيغارو;لوفيجارو;صحيفة لوفيجارو|
org:der-spiegel|Der Spiegel|DEUMED|magazine|DEU|دير شبيغل;مجلة دير شبيغل;دير شبيجل;شبيغل;شبيجل;مجلة شبيغل|
org:the-economist|The Economist|GBRMED|magazine|GBR|الإيكونوميست;مجلة الإيكونوميست;الإيكونومست;ذي إيكونوميست;مجلة الإيكونومست|
org:telegraph|The Daily Telegraph|GBRMED|newspaper|GBR|ديلي تلغراف;التلغراف;صحيفة التلغراف;ديلي تلجراف;التلجراف;الديلي تلغراف;تلغراف;تليغراف;التليغراف;ديلي تليغراف;دايلي تلغراف|
org:daily-mail|Daily Mail|GBRMED|newspaper|GBR|ديلي ميل;صحيفة ديلي ميل;الديلي ميل|
org:usa-today|USA Today|USAMED|newspaper|USA|يو إس إيه توداي|
org:newsweek|Newsweek|USAMED|magazine|USA|نيوزويك;مجلة نيوزويك;نيوز ويك|
org:foreign-policy|Foreign Policy|USAMED|magazine|USA|فورين بوليسي;مجلة فورين بوليسي|
org:israel-hayom|Israel Hayom|ISRMED|newspaper|ISR|يسرائيل هيوم;صحيفة إسرائيل اليوم|
org:i24|i24NEWS|ISRMED|broadcaster|ISR|آي 24;قناة آي 24 نيوز|
org:yeni-safak|Yeni Safak|TURMED|newspaper|TUR|يني شفق;صحيفة يني شفق|
org:cumhuriyet|Cumhuriyet|TURMED|newspaper|TUR|جمهورييت;صحيفة جمهورييت|
org:cctv|CCTV|CHNMED|broadcaster|CHN|التلفزيون المركزي الصيني;سي سي تي في|
org:global-times|Global Times|CHNMED|newspaper|CHN|غلوبال تايمز;صحيفة غلوبال تايمز;جلوبال تايمز;صحيفة جلوبال تايمز|
org:nhk|NHK|JPNMED|broadcaster|JPN|إن إتش كيه;هيئة الإذاعة اليابانية|
"""

GROUPS = """
org:pkk|Kurdistan Workers' Party|TURREB|armed-group|TUR|حزب العمال الكردستاني;حزب العمال;بي كا كا;بي كي كي;العمال الكردستاني|PKK
org:ypg|People's Protection Units|SYRREB|armed-group|SYR|وحدات حماية الشعب;وحدات حماية الشعب الكردية;الوحدات الكردية;ي ب ك|YPG
org:ypj|Women's Protection Units|SYRREB|armed-group|SYR|وحدات حماية المرأة|YPJ
org:sdf|Syrian Democratic Forces|SYRREB|armed-group|SYR|قوات سوريا الديمقراطية;قسد;قوات سورية الديمقراطية;قوات سوريا الديموقراطية;قوات سورية الديموقراطية|SDF
org:pyd|Democratic Union Party|SYRREB|party|SYR|حزب الاتحاد الديمقراطي;حزب الاتحاد الديمقراطي الكردي|PYD
org:aanes|Autonomous Administration of North and East Syria|SYRREB|authority|SYR|الإدارة الذاتية;الإدارة الذاتية الكردية;الإدارة الذاتية لشمال وشرق سوريا|AANES
org:isis|Islamic State|IMGMUSISI|armed-group||داعش;تنظيم داعش;الدولة الإسلامية;تنظيم الدولة الإسلامية;تنظيم الدولة;الدولة الإسلامية في العراق والشام;تنظيم الدولة الاسلامية|ISIS;ISIL;Daesh
org:iswap|Islamic State West Africa Province|IMGMUSISI|armed-group||ولاية غرب أفريقيا|ISWAP
org:is-khorasan|Islamic State Khorasan|IMGMUSISI|armed-group||ولاية خراسان;داعش خراسان|ISIS-K
org:al-qaeda|al-Qaeda|IMGMUSALQ|armed-group||تنظيم القاعدة;تنظيم «القاعدة»;تنظيم "القاعدة";?القاعدة|al-Qaida
org:aqap|al-Qaeda in the Arabian Peninsula|IMGMUSALQ|armed-group|YEM|القاعدة في جزيرة العرب;تنظيم القاعدة في جزيرة العرب;القاعدة في شبه الجزيرة العربية|AQAP
org:aqim|al-Qaeda in the Islamic Maghreb|IMGMUSALQ|armed-group||القاعدة في بلاد المغرب الإسلامي;تنظيم القاعدة في بلاد المغرب الإسلامي|AQIM
org:jnim|Jama'at Nusrat al-Islam wal-Muslimin|IMGMUSALQ|armed-group||جماعة نصرة الإسلام والمسلمين|JNIM
org:hts|Hayat Tahrir al-Sham|SYRREBMUS|armed-group|SYR|هيئة تحرير الشام;تحرير الشام|HTS
org:nusra|al-Nusra Front|SYRREBMUS|armed-group|SYR|جبهة النصرة;جبهة فتح الشام|
org:ahrar-al-sham|Ahrar al-Sham|SYRREBMUS|armed-group|SYR|أحرار الشام;حركة أحرار الشام|
org:jaysh-al-islam|Jaysh al-Islam|SYRREB|armed-group|SYR|جيش الإسلام|
org:fsa|Free Syrian Army|SYRREB|armed-group|SYR|الجيش السوري الحر;الجيش الحر|FSA
org:sna|Syrian National Army|SYRREB|armed-group|SYR|الجيش الوطني السوري|SNA
org:syrian-coalition|National Coalition for Syrian Revolutionary and Opposition Forces|SYROPP|opposition|SYR|الائتلاف الوطني السوري;الائتلاف السوري;الائتلاف الوطني لقوى الثورة والمعارضة السورية|
org:hezbollah|Hezbollah|LBNREB|armed-group|LBN|حزب الله;حزب الله اللبناني|Hizbullah
org:amal|Amal Movement|LBNREB|party|LBN|حركة أمل|
org:fpm|Free Patriotic Movement|LBNOPP|party|LBN|التيار الوطني الحر|
org:future-movement|Future Movement|LBNOPP|party|LBN|تيار المستقبل|
org:lebanese-forces|Lebanese Forces|LBNOPP|party|LBN|حزب القوات اللبنانية|
org:hamas|Hamas|PSEREB|armed-group|PSE|حماس;حركة حماس;حركة المقاومة الإسلامية;حركة المقاومة الإسلامية حماس|Islamic Resistance Movement
org:qassam|Izz ad-Din al-Qassam Brigades|PSEREB|armed-group|PSE|كتائب القسام;كتائب عز الدين القسام;القسام|
org:pij|Palestinian Islamic Jihad|PSEREB|armed-group|PSE|الجهاد الإسلامي;حركة الجهاد الإسلامي;حركة الجهاد الإسلامي في فلسطين;الجهاد الاسلامي|PIJ
org:al-quds-brigades|Al-Quds Brigades|PSEREB|armed-group|PSE|سرايا القدس|
org:fatah|Fatah|PSEGOV|party|PSE|حركة فتح;حركة التحرير الوطني الفلسطيني|
org:plo|Palestine Liberation Organization|PSEGOV|organisation|PSE|منظمة التحرير الفلسطينية;منظمة التحرير|PLO
org:pflp|Popular Front for the Liberation of Palestine|PSEREB|armed-group|PSE|الجبهة الشعبية لتحرير فلسطين;الجبهة الشعبية|PFLP
org:dflp|Democratic Front for the Liberation of Palestine|PSEREB|armed-group|PSE|الجبهة الديمقراطية لتحرير فلسطين;الجبهة الديمقراطية|DFLP
org:al-aqsa-brigades|Al-Aqsa Martyrs' Brigades|PSEREB|armed-group|PSE|كتائب شهداء الأقصى|
org:houthis|Houthis (Ansar Allah)|YEMREB|armed-group|YEM|الحوثيون;الحوثيين;جماعة الحوثي;جماعة الحوثيين;أنصار الله;جماعة أنصار الله;الحوثي;ميليشيا الحوثي;ميليشيات الحوثي|Ansar Allah
org:stc|Southern Transitional Council|YEMREB|armed-group|YEM|المجلس الانتقالي الجنوبي;الانتقالي الجنوبي|STC
org:islah|Al-Islah|YEMOPP|party|YEM|حزب الإصلاح;التجمع اليمني للإصلاح|
org:pmf|Popular Mobilization Forces|IRQMIL|armed-group|IRQ|الحشد الشعبي;قوات الحشد الشعبي;هيئة الحشد الشعبي|PMF;Hashd al-Shaabi
org:kataib-hezbollah|Kata'ib Hezbollah|IRQREB|armed-group|IRQ|كتائب حزب الله;كتائب حزب الله العراقي|
org:asaib|Asa'ib Ahl al-Haq|IRQREB|armed-group|IRQ|عصائب أهل الحق;العصائب|
org:badr|Badr Organization|IRQREB|armed-group|IRQ|منظمة بدر;فيلق بدر|
org:nujaba|Harakat al-Nujaba|IRQREB|armed-group|IRQ|حركة النجباء;النجباء|
org:sadrists|Sadrist Movement|IRQOPP|party|IRQ|التيار الصدري;سرايا السلام|
org:kdp|Kurdistan Democratic Party|IRQOPP|party|IRQ|الحزب الديمقراطي الكردستاني|KDP
org:puk|Patriotic Union of Kurdistan|IRQREB|party|IRQ|الاتحاد الوطني الكردستاني|PUK
org:peshmerga|Peshmerga|IRQMIL|armed-group|IRQ|البيشمركة;قوات البيشمركة;البشمركة|
org:irgc|Islamic Revolutionary Guard Corps|IRNMIL|military|IRN|الحرس الثوري;الحرس الثوري الإيراني;حرس الثورة;حرس الثورة الإسلامية;الحرس الثوري الايراني|IRGC
org:quds-force|Quds Force|IRNMIL|military|IRN|فيلق القدس;قوة القدس|
org:basij|Basij|IRNMIL|military|IRN|الباسيج;قوات الباسيج|
org:mek|People's Mujahedin of Iran|IRNOPP|armed-group|IRN|مجاهدي خلق;منظمة مجاهدي خلق;مجاهدو خلق|MEK
org:taliban|Taliban|AFGREB|armed-group|AFG|طالبان;حركة طالبان;حركة طالبان الأفغانية|
org:ttp|Tehrik-i-Taliban Pakistan|PAKREB|armed-group|PAK|طالبان باكستان;حركة طالبان باكستان|TTP
org:ltte|Liberation Tigers of Tamil Eelam|LKAREB|armed-group|LKA|نمور التاميل;حركة نمور التاميل;نمور تحرير تاميل إيلام;جبهة نمور تحرير تاميل إيلام;المتمردون التاميل;المتمردين التاميل|LTTE;Tamil Tigers
org:muslim-brotherhood|Muslim Brotherhood|MEAOPP|movement||الإخوان المسلمين;جماعة الإخوان المسلمين;الإخوان;الإخوان المسلمون;جماعة الإخوان;الاخوان المسلمين|
org:gulen|Gulen movement|TUROPP|movement|TUR|منظمة غولن;حركة غولن;جماعة غولن;جماعة فتح الله غولن;حركة الخدمة;منظمة فتح الله غولن;جماعة جولن;حركة جولن;منظمة جولن;جماعة كولن|FETO;Hizmet
org:akp|Justice and Development Party (AKP)|TURGOV|party|TUR|حزب العدالة والتنمية;العدالة والتنمية;حزب العدالة والتنمية التركي|AKP;AK Party
org:chp|Republican People's Party (CHP)|TUROPP|party|TUR|حزب الشعب الجمهوري;الشعب الجمهوري|CHP
org:hdp|Peoples' Democratic Party (HDP)|TUROPP|party|TUR|حزب الشعوب الديمقراطي;الشعوب الديمقراطي|HDP
org:mhp|Nationalist Movement Party (MHP)|TURGOV|party|TUR|حزب الحركة القومية;الحركة القومية|MHP
org:iyi|Good Party (IYI)|TUROPP|party|TUR|حزب الجيد;الحزب الجيد|IYI
org:likud|Likud|ISRGOV|party|ISR|الليكود;حزب الليكود|
org:yesh-atid|Yesh Atid|ISROPP|party|ISR|يش عتيد;حزب يش عتيد|
org:blue-white|Blue and White|ISROPP|party|ISR|أزرق أبيض;حزب أزرق أبيض|
org:labor-israel|Israeli Labor Party|ISROPP|party|ISR|حزب العمل الإسرائيلي|
org:joint-list|Joint List|ISROPP|party|ISR|القائمة المشتركة;القائمة العربية المشتركة|
org:baath-syria|Ba'ath Party (Syria)|SYRGOV|party|SYR|حزب البعث;حزب البعث العربي الاشتراكي;حزب البعث السوري|
org:ennahda|Ennahda|TUNOPP|party|TUN|حركة النهضة;حزب النهضة|
org:ugtt|Tunisian General Labour Union|TUNLAB|union|TUN|الاتحاد العام التونسي للشغل|UGTT
org:fln|National Liberation Front (Algeria)|DZAGOV|party|DZA|جبهة التحرير الوطني;حزب جبهة التحرير الوطني|FLN
org:pjd|Justice and Development Party (Morocco)|MAROPP|party|MAR|حزب العدالة والتنمية المغربي|PJD
org:polisario|Polisario Front|NAFREB|armed-group|ESH|جبهة البوليساريو;البوليساريو;جبهة بوليساريو;بوليساريو|
org:lna|Libyan National Army|LBYMIL|armed-group|LBY|الجيش الوطني الليبي;قوات حفتر;قوات القيادة العامة|LNA
org:gna|Government of National Accord (Libya)|LBYGOV|government-body|LBY|حكومة الوفاق;حكومة الوفاق الوطني|GNA
org:gnu-libya|Government of National Unity (Libya)|LBYGOV|government-body|LBY|حكومة الوحدة الوطنية الليبية|GNU
org:presidential-council-libya|Presidential Council (Libya)|LBYGOV|government-body|LBY|المجلس الرئاسي الليبي|
org:wagner|Wagner Group|RUSMIL|armed-group|RUS|فاغنر;مجموعة فاغنر;فاغنر الروسية;مرتزقة فاغنر;فاجنر;مجموعة فاجنر|
org:rsf-sudan|Rapid Support Forces|SDNMIL|armed-group|SDN|قوات الدعم السريع;الدعم السريع|RSF
org:sovereignty-council|Sovereignty Council of Sudan|SDNGOV|government-body|SDN|مجلس السيادة;مجلس السيادة الانتقالي;مجلس السيادة السوداني|
org:ffc|Forces of Freedom and Change|SDNOPP|opposition|SDN|قوى الحرية والتغيير;قوى إعلان الحرية والتغيير|FFC
org:splm-n|SPLM-North|SDNREB|armed-group|SDN|الحركة الشعبية لتحرير السودان شمال;الحركة الشعبية شمال|
org:jem|Justice and Equality Movement|SDNREB|armed-group|SDN|حركة العدل والمساواة|JEM
org:al-shabaab|al-Shabaab|SOMREB|armed-group|SOM|حركة الشباب المجاهدين;الشباب المجاهدين;حركة الشباب الصومالية|
org:boko-haram|Boko Haram|NGAREB|armed-group|NGA|بوكو حرام;جماعة بوكو حرام|
org:mend|Movement for the Emancipation of the Niger Delta|NGAREB|armed-group|NGA|حركة تحرير دلتا النيجر;جبهة تحرير دلتا النيجر;حركة تحرير دلتا نهر النيجر|MEND
org:fatah-al-islam|Fatah al-Islam|LBNREB|armed-group|LBN|فتح الإسلام;تنظيم فتح الإسلام;جماعة فتح الإسلام;حركة فتح الإسلام|
org:tplf|Tigray People's Liberation Front|ETHREB|armed-group|ETH|جبهة تحرير شعب تيغراي;جبهة تحرير تيغراي;جبهة تحرير شعب تيجراي;جبهة تحرير تيجراي|TPLF
org:sinai-province|Islamic State Sinai Province|IMGMUSISI|armed-group|EGY|ولاية سيناء;أنصار بيت المقدس|
org:hasm|Hasm Movement|EGYREB|armed-group|EGY|حركة حسم|
org:conservatives-uk|Conservative Party (UK)|GBRGOV|party|GBR|حزب المحافظين البريطاني;حزب المحافظين|
org:labour-uk|Labour Party (UK)|GBROPP|party|GBR|حزب العمال البريطاني;حزب العمال|
org:pt-brazil|Workers' Party (Brazil)|BRAOPP|party|BRA|حزب العمال البرازيلي;حزب العمال|PT
org:democrats-us|Democratic Party (US)|USAOPP|party|USA|الحزب الديمقراطي;الديمقراطيون;الحزب الديمقراطي الأمريكي;الحزب الديمقراطي الأميركي|
org:republicans-us|Republican Party (US)|USAGOV|party|USA|الحزب الجمهوري;الجمهوريون;الحزب الجمهوري الأمريكي;الحزب الجمهوري الأميركي|GOP
org:united-russia|United Russia|RUSGOV|party|RUS|حزب روسيا الموحدة;روسيا الموحدة|
org:ccp|Chinese Communist Party|CHNGOV|party|CHN|الحزب الشيوعي الصيني|CCP
org:wpk|Workers' Party of Korea|PRKGOV|party|PRK|حزب العمال الكوري|
org:bjp|Bharatiya Janata Party|INDGOV|party|IND|حزب بهاراتيا جاناتا|BJP
org:lashkar|Lashkar-e-Taiba|PAKREB|armed-group|PAK|عسكر طيبة;لشكر طيبة|
org:jaish-e-mohammed|Jaish-e-Mohammed|PAKREB|armed-group|PAK|جيش محمد|
org:zenki|Nour al-Din al-Zenki Movement|SYRREB|armed-group|SYR|حركة نور الدين الزنكي;نور الدين الزنكي|
org:faylaq-al-sham|Faylaq al-Sham|SYRREB|armed-group|SYR|فيلق الشام|
org:jaysh-al-izza|Jaysh al-Izza|SYRREB|armed-group|SYR|جيش العزة|
org:nlf|National Front for Liberation|SYRREB|armed-group|SYR|الجبهة الوطنية للتحرير|NLF
org:fatemiyoun|Liwa Fatemiyoun|AFGREB|armed-group|AFG|لواء فاطميون;الفاطميون|
org:zainabiyoun|Liwa Zainabiyoun|PAKREB|armed-group|PAK|لواء زينبيون;الزينبيون|
org:ndf-syria|National Defence Forces (Syria)|SYRMIL|militia|SYR|قوات الدفاع الوطني;ميليشيا الدفاع الوطني|NDF
org:fourth-division|4th Armoured Division (Syria)|SYRMIL|military|SYR|الفرقة الرابعة|
org:syrian-interim-government|Syrian Interim Government|SYROPP|opposition|SYR|الحكومة السورية المؤقتة|
org:salvation-government|Syrian Salvation Government|SYRREB|authority|SYR|حكومة الإنقاذ;حكومة الإنقاذ السورية|
org:snc|Syrian National Council|SYROPP|opposition|SYR|المجلس الوطني السوري|
org:hnc|Syrian Negotiations Commission|SYROPP|opposition|SYR|هيئة التفاوض السورية;هيئة التفاوض;الهيئة العليا للمفاوضات|
org:kataib-sayyid-al-shuhada|Kata'ib Sayyid al-Shuhada|IRQREB|armed-group|IRQ|كتائب سيد الشهداء|
org:saraya-khorasani|Saraya al-Khorasani|IRQREB|armed-group|IRQ|سرايا الخراساني|
org:dawa|Islamic Dawa Party|IRQGOV|party|IRQ|حزب الدعوة;حزب الدعوة الإسلامية|
org:isci|Islamic Supreme Council of Iraq|IRQGOV|party|IRQ|المجلس الأعلى الإسلامي العراقي;المجلس الأعلى الإسلامي|ISCI
org:fatah-alliance|Fatah Alliance|IRQGOV|party|IRQ|تحالف الفتح;ائتلاف الفتح|
org:sairoon|Sairoon|IRQOPP|party|IRQ|تحالف سائرون;تحالف سائرون نحو الإصلاح|
org:state-of-law|State of Law Coalition|IRQGOV|party|IRQ|ائتلاف دولة القانون|
org:hikma|National Wisdom Movement|IRQGOV|party|IRQ|تيار الحكمة;تيار الحكمة الوطني|
org:taqaddum|Taqaddum|IRQOPP|party|IRQ|حزب تقدم|
org:coordination-framework|Coordination Framework|IRQGOV|party|IRQ|الإطار التنسيقي;قوى الإطار التنسيقي|
org:psp|Progressive Socialist Party|LBNOPP|party|LBN|الحزب التقدمي الاشتراكي|PSP
org:kataeb|Kataeb Party|LBNOPP|party|LBN|حزب الكتائب;حزب الكتائب اللبنانية|
org:marada|Marada Movement|LBNOPP|party|LBN|تيار المردة|
org:jamaa-islamiya-lb|Islamic Group (Lebanon)|LBNOPP|party|LBN|الجماعة الإسلامية في لبنان|
org:lions-den|Lions' Den|PSEREB|armed-group|PSE|عرين الأسود;مجموعة عرين الأسود|
org:jenin-brigade|Jenin Brigade|PSEREB|armed-group|PSE|كتيبة جنين|
org:giants-brigades|Giants Brigades|YEMMIL|armed-group|YEM|ألوية العمالقة;قوات العمالقة|
org:national-resistance-ye|National Resistance (Yemen)|YEMMIL|armed-group|YEM|قوات المقاومة الوطنية;المقاومة الوطنية اليمنية|
org:security-belt|Security Belt Forces|YEMREB|armed-group|YEM|قوات الحزام الأمني|
org:gpc|General People's Congress|YEMGOV|party|YEM|المؤتمر الشعبي العام;حزب المؤتمر الشعبي العام|GPC
org:plc-yemen|Presidential Leadership Council|YEMGOV|government-body|YEM|مجلس القيادة الرئاسي|PLC
org:rada|Special Deterrence Force|LBYMIL|armed-group|LBY|جهاز الردع;قوة الردع الخاصة|Rada
org:hcs-libya|High Council of State (Libya)|LBYGOV|government-body|LBY|المجلس الأعلى للدولة|
org:ansar-al-sharia|Ansar al-Sharia|IMGMUSALQ|armed-group||أنصار الشريعة;تنظيم أنصار الشريعة|
org:haqqani|Haqqani network|AFGREB|armed-group|AFG|شبكة حقاني|
org:isgs|Islamic State in the Greater Sahara|IMGMUSISI|armed-group||داعش في الصحراء الكبرى;تنظيم الدولة في الصحراء الكبرى|ISGS
org:pjak|PJAK|IRNREB|armed-group|IRN|حزب الحياة الحرة الكردستاني;بيجاك|PJAK
org:kdpi|Democratic Party of Iranian Kurdistan|IRNREB|armed-group|IRN|الحزب الديمقراطي الكردستاني الإيراني|KDPI
org:komala|Komala|IRNREB|armed-group|IRN|حزب كومله;كومله|
org:jaish-al-adl|Jaish al-Adl|IRNREB|armed-group|IRN|جيش العدل;جماعة جيش العدل|
org:dhkpc|DHKP-C|TURREB|armed-group|TUR|جبهة حزب التحرير الشعبي الثوري|DHKP-C
org:dem-party|Peoples' Equality and Democracy Party (DEM)|TUROPP|party|TUR|حزب المساواة وديمقراطية الشعوب;حزب ديم|DEM Party
org:saadet|Felicity Party|TUROPP|party|TUR|حزب السعادة|
org:yeniden-refah|New Welfare Party|TUROPP|party|TUR|حزب الرفاه من جديد|
org:azov|Azov Brigade|UKRMIL|military|UKR|كتيبة آزوف;لواء آزوف;آزوف|
org:akhmat|Akhmat forces|RUSMIL|military|RUS|قوات أحمد;وحدات أحمد الشيشانية|
org:shas|Shas|ISRGOV|party|ISR|حزب شاس;شاس|
org:yisrael-beiteinu|Yisrael Beiteinu|ISROPP|party|ISR|حزب إسرائيل بيتنا;إسرائيل بيتنا|
org:religious-zionism|Religious Zionist Party|ISRGOV|party|ISR|حزب الصهيونية الدينية;الصهيونية الدينية|
org:otzma|Otzma Yehudit|ISRGOV|party|ISR|حزب القوة اليهودية;القوة اليهودية;عوتسما يهوديت|
org:national-unity-il|National Unity (Israel)|ISROPP|party|ISR|حزب الوحدة الوطنية الإسرائيلي;معسكر الدولة|
org:meretz|Meretz|ISROPP|party|ISR|ميرتس;حزب ميرتس|
org:raam|United Arab List (Ra'am)|ISROPP|party|ISR|القائمة العربية الموحدة;القائمة الموحدة|
org:nour-party|Al-Nour Party|EGYOPP|party|EGY|حزب النور;حزب النور السلفي|
org:mostaqbal-watan|Nation's Future Party|EGYGOV|party|EGY|حزب مستقبل وطن;مستقبل وطن|
org:wafd|Wafd Party|EGYOPP|party|EGY|حزب الوفد|
org:iaf-jordan|Islamic Action Front|JOROPP|party|JOR|حزب جبهة العمل الإسلامي;جبهة العمل الإسلامي|IAF
org:nidaa-tounes|Nidaa Tounes|TUNOPP|party|TUN|حزب نداء تونس;نداء تونس|
org:pdl|Free Destourian Party|TUNOPP|party|TUN|الحزب الدستوري الحر|PDL
org:rnd|National Rally for Democracy|DZAGOV|party|DZA|التجمع الوطني الديمقراطي|RND
org:msp|Movement of Society for Peace|DZAOPP|party|DZA|حركة مجتمع السلم;حمس|MSP
org:rni|National Rally of Independents|MARGOV|party|MAR|التجمع الوطني للأحرار;حزب التجمع الوطني للأحرار|RNI
org:pam|Authenticity and Modernity Party|MARGOV|party|MAR|حزب الأصالة والمعاصرة;الأصالة والمعاصرة|PAM
org:istiqlal|Istiqlal Party|MARGOV|party|MAR|حزب الاستقلال|
org:ncp-sudan|National Congress Party (Sudan)|SDNOPP|party|SDN|حزب المؤتمر الوطني السوداني;حزب المؤتمر الوطني|NCP
org:umma|National Umma Party|SDNOPP|party|SDN|حزب الأمة القومي;حزب الأمة|
org:inc|Indian National Congress|INDOPP|party|IND|حزب المؤتمر الوطني الهندي;حزب المؤتمر الهندي|INC
org:afd|Alternative for Germany|DEUOPP|party|DEU|حزب البديل من أجل ألمانيا;البديل من أجل ألمانيا|AfD
org:rn-france|National Rally (France)|FRAOPP|party|FRA|حزب التجمع الوطني الفرنسي;التجمع الوطني الفرنسي|RN
org:faylaq-al-rahman|Faylaq al-Rahman|SYRREB|armed-group|SYR|فيلق الرحمن|Al-Rahman Legion
"""

NAMED = """
org:ofcom|Ofcom|GBRGOV|regulator|GBR|أوفكوم;هيئة أوفكوم|
org:porton-down|Defence Science and Technology Laboratory (Porton Down)|GBRMIL|lab|GBR|مختبر بورتون داون;بورتون داون;مختبرات بورتون داون|Porton Down;Dstl
org:cia|Central Intelligence Agency|USASPY|intelligence-agency|USA|وكالة المخابرات المركزية;وكالة الاستخبارات المركزية;وكالة المخابرات المركزية الأمريكية;وكالة الاستخبارات المركزية الأميركية;سي آي إيه;سي آي ايه|CIA
org:fbi|Federal Bureau of Investigation|USACOP|police-agency|USA|مكتب التحقيقات الفيدرالي;مكتب التحقيقات الفدرالي;إف بي آي;اف بي اي;مكتب التحقيقات الاتحادي|FBI
org:nsa|National Security Agency|USASPY|intelligence-agency|USA|وكالة الأمن القومي;وكالة الأمن القومي الأمريكية|NSA
org:us-nsc|United States National Security Council|USAGOV|government-body|USA|مجلس الأمن القومي الأمريكي;مجلس الأمن القومي الأميركي|
org:us-senate|United States Senate|USALEG|parliament|USA|مجلس الشيوخ الأمريكي;مجلس الشيوخ الأميركي;مجلس الشيوخ|Senate
org:us-house|United States House of Representatives|USALEG|parliament|USA|مجلس النواب الأمريكي;مجلس النواب الأميركي|House of Representatives
org:us-treasury|United States Department of the Treasury|USAGOV|ministry|USA|وزارة الخزانة الأمريكية;وزارة الخزانة الأميركية;الخزانة الأمريكية;الخزانة الأميركية;وزارة الخزانة|Treasury
org:us-homeland|Department of Homeland Security|USAGOV|ministry|USA|وزارة الأمن الداخلي الأمريكية;وزارة الأمن الداخلي الأميركية|DHS
org:centcom|United States Central Command|USAMIL|military|USA|القيادة المركزية الأمريكية;القيادة المركزية الأميركية;سنتكوم|CENTCOM
org:us-jcs|Joint Chiefs of Staff|USAMIL|military|USA|هيئة الأركان المشتركة;هيئة الأركان الأميركية المشتركة;هيئة الأركان الأمريكية المشتركة|JCS
org:ofac|Office of Foreign Assets Control|USAGOV|ministry|USA|مكتب مراقبة الأصول الأجنبية|OFAC
org:mossad|Mossad|ISRSPY|intelligence-agency|ISR|الموساد;جهاز الموساد;الموساد الإسرائيلي|
org:shin-bet|Shin Bet|ISRSPY|intelligence-agency|ISR|الشاباك;جهاز الشاباك;جهاز الأمن العام الإسرائيلي;الشين بيت|
org:israel-pmo|Israeli Prime Minister's Office|ISRGOV|government-body|ISR|مكتب رئيس الوزراء الإسرائيلي;ديوان رئيس الوزراء الإسرائيلي|
org:israel-security-cabinet|Israeli Security Cabinet|ISRGOV|government-body|ISR|الحكومة الأمنية المصغرة;الحكومة الأمنية;الحكومة الأمنية الإسرائيلية;المجلس الوزاري المصغر;الكابينت;المجلس الوزاري الأمني المصغر|
org:fsb|Federal Security Service|RUSSPY|intelligence-agency|RUS|جهاز الأمن الفيدرالي الروسي;جهاز الأمن الفدرالي الروسي;الأمن الفيدرالي الروسي|FSB
org:svr|Foreign Intelligence Service (Russia)|RUSSPY|intelligence-agency|RUS|جهاز الاستخبارات الخارجية الروسية;الاستخبارات الخارجية الروسية|SVR
org:duma|State Duma|RUSLEG|parliament|RUS|مجلس الدوما;الدوما;الدوما الروسي;مجلس الدوما الروسي|
org:federation-council|Federation Council (Russia)|RUSLEG|parliament|RUS|مجلس الاتحاد الروسي|
org:uk-commons|House of Commons|GBRLEG|parliament|GBR|مجلس العموم البريطاني;مجلس العموم|
org:uk-lords|House of Lords|GBRLEG|parliament|GBR|مجلس اللوردات;مجلس اللوردات البريطاني|
org:mi5|MI5|GBRSPY|intelligence-agency|GBR|إم آي 5;جهاز الأمن الداخلي البريطاني|
org:dgse|DGSE|FRASPY|intelligence-agency|FRA|المديرية العامة للأمن الخارجي الفرنسي|
org:french-senate|French Senate|FRALEG|parliament|FRA|مجلس الشيوخ الفرنسي|
org:bnd|Federal Intelligence Service (Germany)|DEUSPY|intelligence-agency|DEU|الاستخبارات الألمانية الخارجية|BND
org:mit|National Intelligence Organization (Turkey)|TURSPY|intelligence-agency|TUR|الميت;جهاز الميت|MIT
org:ssb|Presidency of Defence Industries|TURGOVMIL|agency|TUR|رئاسة الصناعات الدفاعية;رئاسة الصناعات الدفاعية التركية;مستشارية الصناعات الدفاعية;الوكالة الحكومية التركية المكلفة بالمشتريات العسكرية|SSB
org:diyanet|Presidency of Religious Affairs|TURGOV|agency|TUR|رئاسة الشؤون الدينية التركية;رئاسة الشؤون الدينية|Diyanet
org:tika|TIKA|TURGOV|agency|TUR|وكالة التعاون والتنسيق التركية;تيكا|
org:afad|AFAD|TURGOV|agency|TUR|إدارة الكوارث والطوارئ التركية;هيئة الكوارث والطوارئ التركية|
org:turkish-mfa-spokes|Turkish Communications Directorate|TURGOV|agency|TUR|دائرة الاتصال في الرئاسة التركية|
org:aeoi|Atomic Energy Organization of Iran|IRNGOV|agency|IRN|منظمة الطاقة الذرية الإيرانية;منظمة الطاقة الذرية في إيران|AEOI
org:iran-snsc|Supreme National Security Council (Iran)|IRNGOV|government-body|IRN|المجلس الأعلى للأمن القومي الإيراني;مجلس الأمن القومي الإيراني;المجلس الأعلى للأمن القومي|SNSC
org:guardian-council|Guardian Council|IRNGOV|government-body|IRN|مجلس صيانة الدستور|
org:expediency|Expediency Discernment Council|IRNGOV|government-body|IRN|مجمع تشخيص مصلحة النظام|
org:assembly-of-experts|Assembly of Experts|IRNGOV|government-body|IRN|مجلس خبراء القيادة|
org:iran-judiciary|Judiciary of Iran|IRNJUD|court|IRN|السلطة القضائية الإيرانية|
org:egypt-sis|State Information Service (Egypt)|EGYGOV|agency|EGY|الهيئة العامة للاستعلامات|SIS
org:egypt-gis|General Intelligence Directorate (Egypt)|EGYSPY|intelligence-agency|EGY|جهاز المخابرات العامة المصرية;المخابرات العامة المصرية|GIS
org:al-azhar|Al-Azhar|EGYREL|religious|EGY|الأزهر;الأزهر الشريف;مشيخة الأزهر|
org:saudi-royal-court|Saudi Royal Court|SAUGOV|government-body|SAU|الديوان الملكي السعودي|
org:aramco|Saudi Aramco|SAUBUS|company|SAU|أرامكو;أرامكو السعودية;شركة أرامكو|
org:pif|Public Investment Fund|SAUGOV|agency|SAU|صندوق الاستثمارات العامة|PIF
org:ksrelief|King Salman Humanitarian Aid and Relief Centre|SAUGOV|agency|SAU|مركز الملك سلمان للإغاثة والأعمال الإنسانية;مركز الملك سلمان للإغاثة;مركز الملك سلمان للإغاثة الإنسانية;مركز الملك سلمان|KSrelief
org:qia|Qatar Investment Authority|QATGOV|agency|QAT|جهاز قطر للاستثمار|QIA
org:adnoc|ADNOC|AREBUS|company|ARE|أدنوك;شركة بترول أبوظبي الوطنية|
org:amiri-diwan|Amiri Diwan (Qatar)|QATGOV|government-body|QAT|الديوان الأميري|
org:iraq-cts|Iraqi Counter Terrorism Service|IRQMIL|military|IRQ|جهاز مكافحة الإرهاب العراقي|CTS
org:krg|Kurdistan Regional Government|IRQGOV|government-body|IRQ|حكومة إقليم كردستان;حكومة إقليم كردستان العراق|KRG
org:lebanon-gs|General Security (Lebanon)|LBNCOP|police-agency|LBN|الأمن العام اللبناني;المديرية العامة للأمن العام|
org:pa|Palestinian Authority|PSEGOV|government-body|PSE|السلطة الفلسطينية;السلطة الوطنية الفلسطينية|PA
org:opec-fund|OPEC Fund|IGOOPC|igo||صندوق أوبك للتنمية الدولية|
org:twitter|Twitter (X)|MNCUSA|company|USA|تويتر;منصة إكس;منصة تويتر|X
org:facebook|Facebook (Meta)|MNCUSA|company|USA|فيسبوك;فيس بوك;شركة ميتا|Meta
org:google|Google|MNCUSA|company|USA|غوغل;جوجل;شركة غوغل;شركة جوجل;قوقل|
org:apple|Apple|MNCUSA|company|USA|شركة آبل;شركة أبل|
org:microsoft|Microsoft|MNCUSA|company|USA|مايكروسوفت;شركة مايكروسوفت;ميكروسوفت;مايكروسفت|
org:amazon|Amazon|MNCUSA|company|USA|أمازون;شركة أمازون|
org:tesla|Tesla|MNCUSA|company|USA|تسلا;شركة تسلا|
org:boeing|Boeing|MNCUSA|company|USA|بوينغ;بوينج;شركة بوينغ;شركة بوينج|
org:lockheed|Lockheed Martin|MNCUSA|company|USA|لوكهيد مارتن;لوكهيد مارتن الأمريكية;لوكهيد;لوكهيد مارتين|
org:raytheon|Raytheon|MNCUSA|company|USA|رايثيون;ريثيون|
org:airbus|Airbus|MNCEUR|company|FRA|إيرباص;ايرباص;إيرباس;شركة إيرباص|
org:gazprom|Gazprom|MNCRUS|company|RUS|غازبروم;شركة غازبروم;جازبروم;شركة جازبروم|
org:rosatom|Rosatom|RUSGOV|agency|RUS|روساتوم;شركة روساتوم|
org:rosoboronexport|Rosoboronexport|RUSGOV|agency|RUS|روس أوبورون إكسبورت;روسوبورون إكسبورت|
org:huawei|Huawei|MNCCHN|company|CHN|هواوي;شركة هواوي|
org:baykar|Baykar|TURBUS|company|TUR|بايكار;شركة بايكار|
org:aselsan|Aselsan|TURBUS|company|TUR|أسيلسان;أسلسان|
org:tusas|Turkish Aerospace|TURBUS|company|TUR|شركة صناعات الفضاء التركية;توساش|TUSAS
org:nioc|National Iranian Oil Company|IRNBUS|company|IRN|شركة النفط الوطنية الإيرانية|NIOC
org:suez-canal-authority|Suez Canal Authority|EGYGOV|agency|EGY|هيئة قناة السويس|
org:roskomnadzor|Roskomnadzor|RUSGOV|government-body|RUS|روسكومنادزور;هيئة روسكومنادزور|
"""

# Adjectives that name an organisation as nationality adjectives name a state
# (masculine singular stems; every inflection is generated): خبراء أمميون, قوات أممية.
ORG_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "org:un": ("أممي",),
}
