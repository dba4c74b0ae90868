"""Curated weapon systems and platforms, and laws, treaties and agreements.

Weapons: ``id | English | kind | producing state ISO3 | Arabic and Latin forms (;) |
English aliases``. A model name is listed with a hyphen, a space and glued (``إس-400``,
``إس 400``, ``إس400``) and with alef/hamza spellings, because news writes all of them;
generic words around the name (``منظومة``, ``صواريخ``) are not part of it.
Laws: ``id | English | kind | ISO3 or empty | Arabic forms (;) | English aliases``.
"""

from __future__ import annotations

# model stems expanded to every joiner: (prefix forms, number) -> forms
WEAPON_MODELS = """
weapon:tu-95|Tu-95|bomber|RUS|تو;توبوليف;Tu|95|Bear
weapon:sm-3|SM-3|missile|USA|إس إم;SM|3|Standard Missile 3
weapon:s-400|S-400|air-defence|RUS|إس;اس;أس;S|400|S-400 Triumf;SA-21 Growler
weapon:s-300|S-300|air-defence|RUS|إس;اس;أس;S|300|SA-10 Grumble
weapon:s-500|S-500|air-defence|RUS|إس;اس;أس;S|500|
weapon:f-35|F-35|combat-aircraft|USA|إف;اف;أف;F|35|F-35 Lightning II
weapon:f-16|F-16|combat-aircraft|USA|إف;اف;أف;F|16|F-16 Fighting Falcon
weapon:f-15|F-15|combat-aircraft|USA|إف;اف;أف;F|15|F-15 Eagle
weapon:f-22|F-22|combat-aircraft|USA|إف;اف;أف;F|22|F-22 Raptor
weapon:f-18|F/A-18|combat-aircraft|USA|إف;اف;أف;F|18|F/A-18 Hornet
weapon:f-14|F-14|combat-aircraft|USA|إف;اف;أف;F|14|F-14 Tomcat
weapon:f-4|F-4 Phantom|combat-aircraft|USA|إف;اف;F|4|Phantom
weapon:su-35|Su-35|combat-aircraft|RUS|سو;سوخوي;Su|35|
weapon:su-57|Su-57|combat-aircraft|RUS|سو;سوخوي;Su|57|
weapon:su-34|Su-34|combat-aircraft|RUS|سو;سوخوي;Su|34|
weapon:su-30|Su-30|combat-aircraft|RUS|سو;سوخوي;Su|30|
weapon:su-25|Su-25|combat-aircraft|RUS|سو;سوخوي;Su|25|
weapon:su-24|Su-24|combat-aircraft|RUS|سو;سوخوي;Su|24|
weapon:mig-29|MiG-29|combat-aircraft|RUS|ميغ;ميج;MiG|29|
weapon:mig-31|MiG-31|combat-aircraft|RUS|ميغ;ميج;MiG|31|
weapon:mig-21|MiG-21|combat-aircraft|RUS|ميغ;ميج;MiG|21|
weapon:b-52|B-52|bomber|USA|بي;B|52|B-52 Stratofortress
weapon:b-2|B-2|bomber|USA|بي;B|2|B-2 Spirit
weapon:b-1|B-1|bomber|USA|بي;B|1|B-1 Lancer
weapon:tu-160|Tu-160|bomber|RUS|تو;توبوليف;Tu|160|
weapon:tu-22|Tu-22M|bomber|RUS|تو;توبوليف;Tu|22|
weapon:mq-9|MQ-9 Reaper|drone|USA|إم كيو;ام كيو;MQ|9|Reaper
weapon:mq-1|MQ-1 Predator|drone|USA|إم كيو;ام كيو;MQ|1|Predator
weapon:rq-4|RQ-4 Global Hawk|drone|USA|آر كيو;ار كيو;RQ|4|Global Hawk
weapon:shahed-136|Shahed-136|drone|IRN|شاهد;Shahed|136|
weapon:shahed-129|Shahed-129|drone|IRN|شاهد;Shahed|129|
weapon:ah-64|AH-64 Apache|helicopter|USA|إيه إتش;AH|64|Apache
weapon:uh-60|UH-60 Black Hawk|helicopter|USA|يو إتش;UH|60|Black Hawk
weapon:ch-47|CH-47 Chinook|helicopter|USA|سي إتش;CH|47|Chinook
weapon:mi-24|Mi-24|helicopter|RUS|مي;Mi|24|Hind
weapon:mi-8|Mi-8|helicopter|RUS|مي;Mi|8|Hip
weapon:ka-52|Ka-52|helicopter|RUS|كا;Ka|52|Alligator
weapon:c-130|C-130 Hercules|transport-aircraft|USA|سي;C|130|Hercules
weapon:a-10|A-10 Thunderbolt II|combat-aircraft|USA|إيه;A|10|Warthog
weapon:e-3|E-3 AWACS|aircraft|USA|إي;E|3|AWACS
weapon:t-90|T-90|tank|RUS|تي;T|90|
weapon:t-72|T-72|tank|RUS|تي;T|72|
weapon:m1|M1 Abrams|tank|USA|إم;M|1|Abrams
weapon:m777|M777|artillery|USA|إم;M|777|
weapon:m142|HIMARS|rocket-artillery|USA|إم;M|142|M142 HIMARS
weapon:atacms|ATACMS|missile|USA|MGM|140|MGM-140 ATACMS
weapon:ak-47|AK-47|rifle|RUS|إيه كيه;ايه كيه;AK|47|Kalashnikov
weapon:m16|M16|rifle|USA|إم;M|16|
weapon:rpg-7|RPG-7|anti-tank|RUS|آر بي جي;ار بي جي;RPG|7|
weapon:scud-b|Scud-B|missile|RUS|سكود;Scud|B|
weapon:tb2|Bayraktar TB2|drone|TUR|تي بي;TB|2|TB2
weapon:kn-23|KN-23|missile|PRK|KN|23|
weapon:hwasong-15|Hwasong-15|missile|PRK|هواسونغ;Hwasong|15|
weapon:hwasong-17|Hwasong-17|missile|PRK|هواسونغ;Hwasong|17|
weapon:j-20|J-20|combat-aircraft|CHN|جيه;J|20|
weapon:df-21|DF-21|missile|CHN|دي إف;DF|21|Dong Feng 21
weapon:iris-t|IRIS-T|air-defence|DEU|إيريس تي;IRIS|T|
weapon:p-8|P-8 Poseidon|aircraft|USA|بي;P|8|Poseidon
weapon:v-22|V-22 Osprey|aircraft|USA|V|22|Osprey
"""

WEAPON_NAMES = """
weapon:tochka|OTR-21 Tochka|missile|RUS|توشكا;توتشكا;توشكا-يو|Tochka-U
weapon:geran|Geran-2|drone|RUS|جيران-2;جيران 2;غيران-2;غيران 2|
weapon:samad|Samad drone|drone|YEM|صماد 3;صماد-3;طائرة صماد;صماد 2;صماد-2|
weapon:qasef|Qasef-2K|drone|YEM|قاصف 2K;قاصف-2K;طائرة قاصف|
weapon:harop|IAI Harop|drone|ISR|هاروب;مسيرات هاروب|
weapon:hermes|Elbit Hermes 450|drone|ISR|هيرميس 450;هيرمس 450;هيرميس 900;هيرمس 900|
weapon:spike|Spike|anti-tank|ISR|صواريخ سبايك;صاروخ سبايك|
weapon:oniks|P-800 Oniks|cruise-missile|RUS|أونيكس;صواريخ أونيكس;ياخونت|Yakhont
weapon:aegis|Aegis Combat System|air-defence|USA|إيجيس;نظام إيجيس;منظومة إيجيس|Aegis
weapon:t129|TAI T129 ATAK|helicopter|TUR|تي 129;أتاك;مروحيات أتاك|ATAK
weapon:kizilelma|Bayraktar Kizilelma|drone|TUR|قزل إلما;كيزيل إلما|Kizilelma
weapon:patriot|Patriot|air-defence|USA|باتريوت;Patriot|MIM-104 Patriot
weapon:thaad|THAAD|air-defence|USA|ثاد;THAAD|Terminal High Altitude Area Defense
weapon:iron-dome|Iron Dome|air-defence|ISR|القبة الحديدية|
weapon:davids-sling|David's Sling|air-defence|ISR|مقلاع داود|
weapon:arrow|Arrow|air-defence|ISR|حيتس;منظومة آرو|Arrow 3
weapon:iron-beam|Iron Beam|air-defence|ISR|الشعاع الحديدي|
weapon:pantsir|Pantsir-S1|air-defence|RUS|بانتسير;بانتسير إس 1;بانتسير-إس1|SA-22 Greyhound
weapon:tor|Tor|air-defence|RUS|منظومة تور|SA-15
weapon:buk|Buk|air-defence|RUS|منظومة بوك;بوك إم 2|SA-11
weapon:bavar-373|Bavar-373|air-defence|IRN|باور 373;باور-373;منظومة باور|
weapon:hawk|MIM-23 Hawk|air-defence|USA|صواريخ هوك;منظومة هوك|
weapon:nasams|NASAMS|air-defence|NOR|ناسامز;NASAMS|
weapon:hq-9|HQ-9|air-defence|CHN|إتش كيو 9;إتش كيو-9;HQ-9|
weapon:tb2|Bayraktar TB2|drone|TUR|بيرقدار;بيرقدار تي بي 2;بيرقدار تي بي2;بيرقدار TB2;بيرقدار تي بي-2;بيرقدار تي بي تو|TB2
weapon:akinci|Bayraktar Akinci|drone|TUR|أقنجي;بيرقدار أقنجي;آقنجي|Akinci
weapon:anka|TAI Anka|drone|TUR|طائرات عنقاء;أنكا|Anka
weapon:shahed-136|Shahed drones|drone|IRN|شاهد 136;شاهد-136;مسيرات شاهد;طائرات شاهد;شاهد136|Geran-2
weapon:mohajer|Mohajer-6|drone|IRN|مهاجر 6;مهاجر-6|
weapon:mq-9|MQ-9 Reaper|drone|USA|ريبر;إم كيو-9 ريبر|
weapon:mq-1|MQ-1 Predator|drone|USA|بريداتور;بريديتور|
weapon:rq-4|RQ-4 Global Hawk|drone|USA|غلوبال هوك;جلوبال هوك|
weapon:switchblade|Switchblade|drone|USA|سويتشبليد|
weapon:lancet|Lancet|drone|RUS|لانسيت|
weapon:m142|HIMARS|rocket-artillery|USA|M142;هيمارس;هايمارس;HIMARS|M142 HIMARS
weapon:javelin|FGM-148 Javelin|anti-tank|USA|جافلين;جافلن;Javelin|
weapon:kornet|9M133 Kornet|anti-tank|RUS|كورنيت;كورنت|
weapon:tow|BGM-71 TOW|anti-tank|USA|تاو;صواريخ التاو|TOW
weapon:stinger|FIM-92 Stinger|air-defence|USA|ستينغر;ستينجر|Stinger
weapon:nlaw|NLAW|anti-tank|GBR|إن لو;NLAW|
weapon:tomahawk|BGM-109 Tomahawk|cruise-missile|USA|توماهوك;توماهوك كروز|Tomahawk
weapon:kalibr|Kalibr|cruise-missile|RUS|كاليبر;كاليبر كروز|
weapon:iskander|Iskander|missile|RUS|إسكندر;إسكندر-إم;اسكندر;إسكندر إم|SS-26
weapon:kinzhal|Kinzhal|missile|RUS|كينجال;كينزال;كنجال|Kh-47M2
weapon:zircon|Zircon|missile|RUS|تسيركون;زيركون|3M22
weapon:sarmat|RS-28 Sarmat|missile|RUS|سارمات|Satan II
weapon:avangard|Avangard|missile|RUS|أفانغارد;أفانجارد|
weapon:oreshnik|Oreshnik|missile|RUS|أوريشنيك|
weapon:storm-shadow|Storm Shadow|cruise-missile|GBR|ستورم شادو;ستورم شادو كروز|SCALP
weapon:scalp|SCALP-EG|cruise-missile|FRA|سكالب|
weapon:taurus|Taurus KEPD 350|cruise-missile|DEU|تاوروس|
weapon:harpoon|Harpoon|missile|USA|هاربون|
weapon:hellfire|Hellfire|missile|USA|هيلفاير|
weapon:scud|Scud|missile|RUS|سكود|
weapon:fateh-110|Fateh-110|missile|IRN|فاتح 110;فاتح-110|
weapon:fattah|Fattah|missile|IRN|صاروخ فتاح;فتاح الفرط صوتي|
weapon:shahab-3|Shahab-3|missile|IRN|شهاب 3;شهاب-3|
weapon:sejjil|Sejjil|missile|IRN|صاروخ سجيل;صواريخ سجيل|
weapon:khorramshahr-missile|Khorramshahr missile|missile|IRN|صاروخ خرمشهر|
weapon:zolfaghar|Zolfaghar|missile|IRN|صاروخ ذو الفقار|
weapon:kheibar-shekan|Kheibar Shekan|missile|IRN|خيبر شكن|
weapon:burkan|Burkan|missile|YEM|صاروخ بركان;بركان 2;بركان-2|
weapon:qassam-rocket|Qassam rocket|rocket|PSE|صواريخ القسام;صاروخ قسام|
weapon:grad|BM-21 Grad|rocket-artillery|RUS|غراد|
weapon:katyusha|Katyusha|rocket-artillery|RUS|كاتيوشا;صواريخ الكاتيوشا|
weapon:fajr-5|Fajr-5|rocket|IRN|فجر 5;فجر-5|
weapon:m1|M1 Abrams|tank|USA|أبرامز;ابرامز;إم 1 أبرامز|Abrams
weapon:leopard|Leopard 2|tank|DEU|ليوبارد;ليوبارد 2;ليوبارد-2|Leopard
weapon:challenger|Challenger 2|tank|GBR|تشالنجر;تشالنجر 2|
weapon:merkava|Merkava|tank|ISR|ميركافا;ميركافا 4|
weapon:altay|Altay|tank|TUR|ألتاي|
weapon:bradley|M2 Bradley|ifv|USA|برادلي|Bradley
weapon:humvee|Humvee|vehicle|USA|همفي;هامفي|
weapon:ah-64|AH-64 Apache|helicopter|USA|أباتشي;اباتشي|Apache
weapon:uh-60|UH-60 Black Hawk|helicopter|USA|بلاك هوك|Black Hawk
weapon:ch-47|CH-47 Chinook|helicopter|USA|شينوك|
weapon:rafale|Dassault Rafale|combat-aircraft|FRA|رافال|Rafale
weapon:eurofighter|Eurofighter Typhoon|combat-aircraft|GBR|يوروفايتر;يوروفايتر تايفون|Typhoon
weapon:mirage|Mirage 2000|combat-aircraft|FRA|ميراج;ميراج 2000|
weapon:gripen|Saab Gripen|combat-aircraft|SWE|غريبن;جريبن|
weapon:kaan|TAI Kaan|combat-aircraft|TUR|قآن|TF-X
weapon:e-3|AWACS|aircraft|USA|أواكس;الأواكس|
weapon:v-22|V-22 Osprey|aircraft|USA|أوسبري|
weapon:trident|Trident|missile|USA|ترايدنت|
weapon:minuteman|Minuteman III|missile|USA|مينتمان|
weapon:ford|USS Gerald R. Ford|ship|USA|حاملة الطائرات جيرالد فورد;يو إس إس جيرالد فورد|
weapon:eisenhower|USS Dwight D. Eisenhower|ship|USA|حاملة الطائرات أيزنهاور|
weapon:lincoln|USS Abraham Lincoln|ship|USA|حاملة الطائرات أبراهام لينكولن|
weapon:kuznetsov|Admiral Kuznetsov|ship|RUS|الأميرال كوزنيتسوف;حاملة الطائرات كوزنيتسوف|
weapon:moskva|Moskva cruiser|ship|RUS|الطراد موسكفا;الطراد موسكوفا|
weapon:novichok|Novichok|chemical-agent|RUS|نوفيتشوك;نوفيشوك;نوفوتشيك|
weapon:sarin|Sarin|chemical-agent||السارين|
"""

LAWS = """
law:caatsa|Countering America's Adversaries Through Sanctions Act|sanctions-law|USA|قانون مكافحة أعداء أمريكا من خلال العقوبات;قانون مكافحة أعداء أميركا من خلال العقوبات;كاتسا;قانون كاتسا;قانون مواجهة أعداء أمريكا عبر العقوبات;قانون مواجهة أعداء أميركا من خلال العقوبات|CAATSA
law:caesar-act|Caesar Syria Civilian Protection Act|sanctions-law|USA|قانون قيصر;قانون سيزر;قانون قيصر لحماية المدنيين في سوريا|Caesar Act
law:magnitsky|Magnitsky Act|sanctions-law|USA|قانون ماغنيتسكي;قانون ماغنيتسكي العالمي|Global Magnitsky Act
law:jasta|Justice Against Sponsors of Terrorism Act|law|USA|قانون جاستا;جاستا;قانون العدالة ضد رعاة الإرهاب|JASTA
law:patriot-act|USA PATRIOT Act|law|USA|قانون الوطنية الأمريكي;قانون باتريوت آكت|
law:jcpoa|Joint Comprehensive Plan of Action|treaty||الاتفاق النووي;خطة العمل الشاملة المشتركة;الاتفاق النووي الإيراني;الاتفاق النووي مع إيران;الاتفاق النووي الايراني;الاتفاق النووي لعام 2015|JCPOA;Iran nuclear deal
law:npt|Treaty on the Non-Proliferation of Nuclear Weapons|treaty||معاهدة عدم انتشار الأسلحة النووية;معاهدة حظر انتشار الأسلحة النووية;معاهدة عدم الانتشار النووي;معاهدة منع انتشار الأسلحة النووية|NPT
law:ctbt|Comprehensive Nuclear-Test-Ban Treaty|treaty||معاهدة الحظر الشامل للتجارب النووية|CTBT
law:cwc|Chemical Weapons Convention|treaty||معاهدة حظر الأسلحة الكيميائية;اتفاقية حظر الأسلحة الكيميائية;اتفاقية الأسلحة الكيميائية|CWC
law:bwc|Biological Weapons Convention|treaty||اتفاقية الأسلحة البيولوجية;اتفاقية حظر الأسلحة البيولوجية|BWC
law:new-start|New START|treaty||معاهدة ستارت الجديدة;نيو ستارت;معاهدة نيو ستارت;ستارت 3;معاهدة ستارت|
law:inf|Intermediate-Range Nuclear Forces Treaty|treaty||معاهدة القوى النووية المتوسطة المدى;معاهدة الصواريخ النووية متوسطة المدى;معاهدة الحد من الصواريخ المتوسطة والقصيرة المدى|INF Treaty
law:open-skies|Treaty on Open Skies|treaty||معاهدة الأجواء المفتوحة|
law:abm|Anti-Ballistic Missile Treaty|treaty||معاهدة الحد من منظومات الصواريخ المضادة للصواريخ الباليستية|ABM Treaty
law:astana|Astana process|agreement||مسار أستانا;محادثات أستانا;اتفاق أستانا;صيغة أستانا;مباحثات أستانا;مسار آستانة|Astana talks
law:sochi|Sochi agreement (Idlib, 2018)|agreement||اتفاق سوتشي;اتفاقية سوتشي;تفاهمات سوتشي;مذكرة سوتشي|
law:geneva-communique|Geneva Communique (Syria)|agreement||بيان جنيف;مسار جنيف;جنيف 1|
law:unscr-2254|UN Security Council Resolution 2254|resolution||القرار 2254;قرار مجلس الأمن 2254;القرار الأممي 2254;قرار مجلس الأمن رقم 2254|Resolution 2254
law:unscr-242|UN Security Council Resolution 242|resolution||القرار 242;قرار مجلس الأمن 242|Resolution 242
law:unscr-1701|UN Security Council Resolution 1701|resolution||القرار 1701;قرار مجلس الأمن 1701;القرار الأممي 1701|Resolution 1701
law:unscr-2231|UN Security Council Resolution 2231|resolution||القرار 2231;قرار مجلس الأمن 2231|Resolution 2231
law:unscr-2216|UN Security Council Resolution 2216|resolution||القرار 2216;قرار مجلس الأمن 2216|Resolution 2216
law:abraham-accords|Abraham Accords|agreement||اتفاقيات أبراهام;اتفاقات أبراهام;اتفاقيات إبراهيم;اتفاقات إبراهيم;اتفاقيات أبراهام للسلام;الاتفاقيات الإبراهيمية|
law:oslo|Oslo Accords|agreement||اتفاق أوسلو;اتفاقية أوسلو;اتفاقيات أوسلو;اتفاقات أوسلو|
law:camp-david|Camp David Accords|agreement||اتفاقية كامب ديفيد;اتفاقيات كامب ديفيد;معاهدة كامب ديفيد;اتفاق كامب ديفيد|
law:egypt-israel-treaty|Egypt-Israel peace treaty|treaty||معاهدة السلام المصرية الإسرائيلية;معاهدة السلام بين مصر وإسرائيل|
law:wadi-araba|Wadi Araba Treaty|treaty||معاهدة وادي عربة;اتفاقية وادي عربة|Israel-Jordan peace treaty
law:minsk|Minsk agreements|agreement||اتفاقيات مينسك;اتفاق مينسك;اتفاقات مينسك;مينسك 2|Minsk II
law:paris-climate|Paris Agreement|treaty||اتفاق باريس للمناخ;اتفاقية باريس للمناخ;اتفاق باريس بشأن المناخ;اتفاقية باريس بشأن تغير المناخ|Paris climate accord
law:kyoto|Kyoto Protocol|treaty||بروتوكول كيوتو|
law:geneva-conventions|Geneva Conventions|treaty||اتفاقيات جنيف;اتفاقية جنيف الرابعة;اتفاقية جنيف;اتفاقيات جنيف الأربع|
law:refugee-convention|1951 Refugee Convention|treaty||اتفاقية اللاجئين لعام 1951;اتفاقية عام 1951 الخاصة بوضع اللاجئين|
law:rome-statute|Rome Statute|treaty||نظام روما الأساسي;ميثاق روما|
law:un-charter|Charter of the United Nations|treaty||ميثاق الأمم المتحدة|UN Charter
law:udhr|Universal Declaration of Human Rights|declaration||الإعلان العالمي لحقوق الإنسان|UDHR
law:vienna-convention|Vienna Convention on Diplomatic Relations|treaty||اتفاقية فيينا للعلاقات الدبلوماسية;اتفاقية فيينا|
law:montreux|Montreux Convention|treaty||اتفاقية مونترو;معاهدة مونترو|
law:lausanne|Treaty of Lausanne|treaty||معاهدة لوزان;اتفاقية لوزان|
law:sevres|Treaty of Sevres|treaty||معاهدة سيفر|
law:sykes-picot|Sykes-Picot Agreement|agreement||اتفاقية سايكس بيكو;سايكس بيكو;اتفاقية سايكس-بيكو|
law:balfour|Balfour Declaration|declaration||وعد بلفور;إعلان بلفور|
law:dayton|Dayton Agreement|agreement||اتفاقية دايتون;اتفاق دايتون|
law:taif|Taif Agreement|agreement|LBN|اتفاق الطائف;اتفاقية الطائف;وثيقة الطائف|
law:doha-agreement-2008|Doha Agreement (Lebanon, 2008)|agreement|LBN|اتفاق الدوحة اللبناني|
law:doha-agreement-2020|US-Taliban Doha Agreement|agreement|AFG|اتفاق الدوحة;اتفاق الدوحة بين واشنطن وطالبان;اتفاقية الدوحة|
law:stockholm|Stockholm Agreement (Yemen)|agreement|YEM|اتفاق ستوكهولم;اتفاقية ستوكهولم|
law:riyadh-agreement|Riyadh Agreement (Yemen, 2019)|agreement|YEM|اتفاق الرياض|
law:skhirat|Skhirat Agreement|agreement|LBY|اتفاق الصخيرات;اتفاقية الصخيرات|Libyan Political Agreement
law:berlin-libya|Berlin Conference on Libya|agreement|LBY|مؤتمر برلين;مسار برلين;مخرجات مؤتمر برلين|
law:juba-agreement|Juba Peace Agreement|agreement|SDN|اتفاق جوبا للسلام;اتفاقية جوبا للسلام;اتفاق جوبا|
law:jeddah-declaration|Jeddah Declaration (Sudan, 2023)|declaration|SDN|إعلان جدة;منبر جدة|
law:al-ula|Al-Ula Declaration|declaration||بيان العلا;إعلان العلا;اتفاق العلا|
law:beijing-iran-saudi|Beijing Agreement (Saudi Arabia-Iran, 2023)|agreement||الاتفاق السعودي الإيراني;اتفاق بكين|
law:black-sea-grain|Black Sea Grain Initiative|agreement||اتفاق الحبوب;اتفاقية الحبوب;مبادرة حبوب البحر الأسود;اتفاق تصدير الحبوب|
law:adana|Adana Agreement|agreement||اتفاقية أضنة;اتفاق أضنة|
law:amity-1955|Treaty of Amity, Economic Relations, and Consular Rights (1955)|treaty||معاهدة الصداقة;معاهدة الصداقة بين إيران والولايات المتحدة;معاهدة الصداقة والعلاقات الاقتصادية والحقوق القنصلية|
law:deal-of-century|Trump peace plan (Deal of the Century)|plan||صفقة القرن;خطة السلام الأمريكية;خطة ترامب للسلام|
law:arab-peace-initiative|Arab Peace Initiative|plan||مبادرة السلام العربية|
law:roadmap|Road map for peace|plan||خارطة الطريق للسلام|
law:sanremo|Hudaydah Agreement|agreement|YEM|اتفاق الحديدة|
law:gcc-initiative|GCC Initiative (Yemen)|plan|YEM|المبادرة الخليجية|
law:iraq-sofa|US-Iraq Status of Forces Agreement|agreement|IRQ|اتفاقية الإطار الاستراتيجي|SOFA
law:nato-article-5|North Atlantic Treaty (Article 5)|treaty||المادة الخامسة من ميثاق الناتو;معاهدة شمال الأطلسي|
law:lisbon-treaty|Treaty of Lisbon|treaty||معاهدة لشبونة|
law:schengen|Schengen Agreement|agreement||اتفاقية شنغن;منطقة شنغن|
law:brexit|Brexit withdrawal agreement|agreement|GBR|اتفاق بريكست;اتفاق الخروج من الاتحاد الأوروبي|
law:nsl-hk|Hong Kong National Security Law|law|CHN|قانون الأمن القومي في هونغ كونغ|
law:nation-state-law|Nation-State Law (Israel)|law|ISR|قانون القومية;قانون الدولة القومية;قانون القومية اليهودية|
law:khashoggi-act|Saudi Arabia Accountability Act|law|USA|قانون محاسبة السعودية|
law:chips-act|CHIPS and Science Act|law|USA|قانون الرقائق|CHIPS Act
law:ira|Inflation Reduction Act|law|USA|قانون خفض التضخم|IRA
law:turkish-constitution|Constitution of Turkey|law|TUR|الدستور التركي|
law:egypt-constitution|Constitution of Egypt|law|EGY|الدستور المصري|
law:iraq-constitution|Constitution of Iraq|law|IRQ|الدستور العراقي|
law:tunisia-constitution|Constitution of Tunisia|law|TUN|الدستور التونسي|
law:sharm-el-sheikh-2025|Sharm el-Sheikh Gaza ceasefire agreement|agreement|PSE|اتفاق شرم الشيخ|
"""
