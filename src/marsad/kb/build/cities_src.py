"""Curated cities, regions and physical places (names are facts).

Rows: ``ISO2 | English | Arabic forms (;) | kind``. Capitals live in ``states_src``.
A bare form that is also a common Arabic word (``صور`` Tyre, ``الباب`` al-Bab, ``العين``
al-Ain, ``البيضاء``) is only listed with ``مدينة``; a form shared by two places (طرابلس,
رفح, القنيطرة) is listed for both and left to linking. Disputed places carry the state
that news codes them under (``kind`` says disputed); an empty ISO2 means no state.
"""

from __future__ import annotations

CITIES = """
# Syria
SY|Aleppo|حلب|city
SY|Homs|حمص|city
SY|Hama|حماة;حماه|city
SY|Latakia|اللاذقية|city
SY|Tartus|طرطوس|city
SY|Idlib|إدلب;ادلب|city
SY|Raqqa|الرقة|city
SY|Deir ez-Zor|دير الزور;ديرالزور|city
SY|Hasakah|الحسكة|city
SY|Qamishli|القامشلي|city
SY|Daraa|درعا|city
SY|Suwayda|السويداء|city
SY|Quneitra|القنيطرة|city
SY|Manbij|منبج|city
SY|Afrin|عفرين|city
SY|Al-Bab|مدينة الباب|city
SY|Jarabulus|جرابلس|city
SY|Tal Abyad|تل أبيض;تل ابيض|city
SY|Ras al-Ayn|رأس العين;راس العين|city
SY|Kobani|كوباني;عين العرب|city
SY|Palmyra|تدمر|city
SY|Abu Kamal|البوكمال;أبو كمال|city
SY|Mayadin|الميادين|city
SY|Douma|مدينة دوما|city
SY|Eastern Ghouta|الغوطة الشرقية;غوطة دمشق الشرقية;الغوطة|region
SY|Western Ghouta|الغوطة الغربية;غوطة دمشق الغربية|region
SY|Jazira (Syria)|الجزيرة السورية;منطقة الجزيرة السورية;الجزيرة الفراتية;منطقة الجزيرة الفراتية|region
IQ|Jazira (Iraq)|الجزيرة العراقية;منطقة الجزيرة العراقية|region
SY|Rif Dimashq|ريف دمشق|province
SY|Tell Rifaat|تل رفعت|city
SY|Azaz|أعزاز;اعزاز|city
SY|Khan Shaykhun|خان شيخون|city
SY|Maarat al-Numan|معرة النعمان|city
SY|Saraqib|سراقب|city
SY|Hmeimim|حميميم;قاعدة حميميم|place
SY|T-4 Airbase (Tiyas)|مطار التيفور;التيفور;قاعدة التيفور;مطار التياس|place
SY|Shayrat Airbase|مطار الشعيرات;قاعدة الشعيرات|place
SY|At-Tanf|التنف;قاعدة التنف|place
IL|Kerem Shalom crossing|كرم أبو سالم;معبر كرم أبو سالم;معبر كرم ابو سالم|place
SY|Northeast Syria|شمال شرق سوريا;شمال شرقي سوريا;شرق الفرات|region
SY|Northern Syria|شمال سوريا;الشمال السوري|region
SY|Golan Heights|الجولان;هضبة الجولان;الجولان السوري المحتل;الجولان المحتل|disputed
# Iraq
IQ|Basra|البصرة|city
IQ|Mosul|الموصل|city
IQ|Erbil|أربيل;اربيل;هولير|city
IQ|Kirkuk|كركوك|city
IQ|Sulaymaniyah|السليمانية|city
IQ|Najaf|النجف|city
IQ|Karbala|كربلاء|city
IQ|Hillah|الحلة|city
IQ|Nasiriyah|الناصرية|city
IQ|Amarah|مدينة العمارة|city
IQ|Kut|الكوت|city
IQ|Diwaniyah|الديوانية|city
IQ|Samawah|السماوة|city
IQ|Ramadi|الرمادي|city
IQ|Fallujah|الفلوجة|city
IQ|Tikrit|تكريت|city
IQ|Samarra|سامراء|city
IQ|Baqubah|بعقوبة|city
IQ|Duhok|دهوك|city
IQ|Halabja|حلبجة|city
IQ|Tal Afar|تلعفر;تل عفر|city
IQ|Sinjar|سنجار|city
IQ|Al-Qaim|مدينة القائم;قضاء القائم|city
IQ|Kufa|الكوفة|city
IQ|Umm Qasr|أم قصر|city
IQ|Zubair|مدينة الزبير;قضاء الزبير|city
IQ|Nineveh|نينوى;محافظة نينوى|province
IQ|Anbar|الأنبار;الانبار;محافظة الأنبار|province
IQ|Diyala|ديالى;محافظة ديالى|province
IQ|Salah al-Din Governorate|محافظة صلاح الدين|province
IQ|Dhi Qar|ذي قار;محافظة ذي قار|province
IQ|Maysan|ميسان;محافظة ميسان|province
IQ|Wasit|واسط;محافظة واسط|province
IQ|Babil|بابل;محافظة بابل|province
IQ|Iraqi Kurdistan|كردستان العراق;إقليم كردستان;إقليم كردستان العراق;اقليم كردستان|region
IQ|Ain al-Asad|عين الأسد;قاعدة عين الأسد|place
IQ|Sadr City|مدينة الصدر|city
IQ|Karrada|الكرادة;حي الكرادة|city
IQ|Adhamiyah|الأعظمية;الاعظمية|city
IQ|Kadhimiya|الكاظمية|city
IQ|Ghazaliya|الغزالية|city
IQ|Muqdadiya|المقدادية|city
IQ|Khalis|قضاء الخالص;مدينة الخالص|city
IQ|Hawija|الحويجة|city
IQ|Hit|هيت;قضاء هيت|city
IQ|Tuz Khurmatu|طوزخورماتو;طوز خورماتو|city
IQ|Jalawla|جلولاء|city
IQ|Shirqat|الشرقاط|city
IQ|Abu Ghraib|أبو غريب;ابو غريب|city
IQ|Taji|التاجي|city
IQ|Balad|قضاء بلد;مدينة بلد|city
IQ|Dujail|الدجيل|city
IQ|Dhuluiya|الضلوعية|city
# Lebanon
LB|Tripoli (Lebanon)|طرابلس;طرابلس الشام|city
LB|Sidon|صيدا|city
LB|Tyre|مدينة صور|city
LB|Nabatieh|النبطية|city
LB|Zahle|زحلة|city
LB|Baalbek|بعلبك|city
LB|Byblos|جبيل|city
LB|Jounieh|جونية|city
LB|Baabda|بعبدا|city
LB|Hermel|الهرمل|city
LB|Akkar|عكار|region
LB|Beqaa|البقاع|region
LB|Dahieh|الضاحية الجنوبية;الضاحية الجنوبية لبيروت|region
LB|South Lebanon|جنوب لبنان|region
LB|Shebaa Farms|مزارع شبعا|disputed
LB|Nahr al-Bared camp|مخيم نهر البارد;نهر البارد|place
LB|Ain al-Hilweh camp|مخيم عين الحلوة;عين الحلوة|place
# Jordan
JO|Zarqa|الزرقاء|city
JO|Irbid|إربد;اربد|city
JO|Aqaba|العقبة|city
JO|Mafraq|المفرق|city
JO|Karak|الكرك|city
JO|Ma'an|معان|city
JO|Salt|السلط|city
JO|Madaba|مادبا|city
JO|Jerash|جرش|city
JO|Ajloun|عجلون|city
JO|Tafilah|الطفيلة|city
JO|Zaatari camp|مخيم الزعتري|place
JO|Rukban|الركبان;مخيم الركبان|place
# Palestine and Israel
PS|Gaza|غزة|city
PS|Gaza Strip|قطاع غزة|region
PS|West Bank|الضفة الغربية;الضفة الغربية المحتلة|region
PS|Khan Yunis|خان يونس;خانيونس|city
PS|Rafah|رفح|city
PS|Deir al-Balah|دير البلح|city
PS|Jabalia|جباليا;مخيم جباليا|city
PS|Beit Lahia|بيت لاهيا|city
PS|Beit Hanoun|بيت حانون|city
PS|Nuseirat|النصيرات;مخيم النصيرات|city
PS|Shuja'iyya|الشجاعية|city
PS|Nablus|نابلس|city
PS|Jenin|جنين;مخيم جنين|city
PS|Tulkarm|طولكرم|city
PS|Qalqilya|قلقيلية|city
PS|Hebron|الخليل|city
PS|Bethlehem|بيت لحم|city
PS|Jericho|أريحا;اريحا|city
PS|Salfit|سلفيت|city
PS|Tubas|طوباس|city
PS|Al-Bireh|البيرة|city
PS|East Jerusalem|القدس الشرقية;القدس الشرقية المحتلة|disputed
|Jerusalem|القدس;القدس المحتلة;أورشليم;مدينة القدس|disputed
|Al-Aqsa Mosque|المسجد الأقصى;الحرم القدسي;باحات الأقصى|disputed
IL|Haifa|حيفا|city
IL|Jaffa|يافا|city
IL|Acre|عكا|city
IL|Nazareth|الناصرة|city
IL|Beersheba|بئر السبع|city
IL|Eilat|إيلات;ايلات;أم الرشراش|city
IL|Ashdod|أسدود;اسدود;أشدود|city
IL|Ashkelon|عسقلان|city
IL|Sderot|سديروت|city
IL|Netanya|نتانيا|city
IL|Herzliya|هرتسليا|city
IL|Safed|صفد|city
IL|Tiberias|طبريا|city
IL|Lod|اللد|city
IL|Ramla|الرملة|city
IL|Dimona|ديمونا|city
IL|Negev|النقب;صحراء النقب|region
IL|Galilee|منطقة الجليل;الجليل الأعلى|region
# Egypt
EG|Alexandria|الإسكندرية;الاسكندرية|city
EG|Giza|الجيزة|city
EG|Port Said|بورسعيد;بور سعيد|city
EG|Suez|السويس|city
EG|Ismailia|الإسماعيلية;الاسماعيلية|city
EG|Luxor|الأقصر;الاقصر|city
EG|Aswan|أسوان;اسوان|city
EG|Asyut|أسيوط;اسيوط|city
EG|Sohag|سوهاج|city
EG|Qena|قنا|city
EG|Minya|المنيا|city
EG|Beni Suef|بني سويف|city
EG|Faiyum|الفيوم|city
EG|Tanta|طنطا|city
EG|Mansoura|المنصورة|city
EG|Zagazig|الزقازيق|city
EG|Damietta|دمياط|city
EG|Kafr el-Sheikh|كفر الشيخ|city
EG|Shibin El Kom|شبين الكوم|city
EG|Banha|بنها|city
EG|Damanhur|دمنهور|city
EG|Marsa Matruh|مرسى مطروح;مطروح|city
EG|Hurghada|الغردقة|city
EG|Sharm el-Sheikh|شرم الشيخ|city
EG|Arish|العريش|city
EG|El Tor|مدينة الطور|city
EG|Kharga|مدينة الخارجة;الواحات الخارجة|city
EG|Sinai|سيناء;شبه جزيرة سيناء|region
EG|North Sinai|شمال سيناء|province
EG|South Sinai|جنوب سيناء|province
EG|New Administrative Capital|العاصمة الإدارية الجديدة;العاصمة الإدارية|city
|Halaib Triangle|حلايب;حلايب وشلاتين;مثلث حلايب|disputed
EG|Shalateen|شلاتين|city
# Saudi Arabia and the Gulf
SA|Jeddah|جدة|city
SA|Mecca|مكة المكرمة;مكة|city
SA|Medina|المدينة المنورة|city
SA|Dammam|الدمام|city
SA|Khobar|مدينة الخبر|city
SA|Dhahran|الظهران|city
SA|Taif|الطائف|city
SA|Tabuk|تبوك|city
SA|Abha|أبها;ابها|city
SA|Jazan|جازان;جيزان|city
SA|Najran|نجران|city
SA|Ha'il|حائل|city
SA|Buraidah|بريدة|city
SA|Arar|عرعر|city
SA|Sakaka|سكاكا|city
SA|Al Bahah|الباحة|city
SA|Al-Ahsa|الأحساء;الاحساء;الهفوف|city
SA|Qatif|القطيف|city
SA|Yanbu|ينبع|city
SA|Khamis Mushait|خميس مشيط|city
SA|Qassim|القصيم|region
SA|Al Jawf (Saudi Arabia)|الجوف;منطقة الجوف|region
SA|Eastern Province|المنطقة الشرقية|region
SA|AlUla|العلا|city
SA|Neom|نيوم|city
SA|Abqaiq|بقيق;أبقيق|city
AE|Dubai|دبي|city
AE|Sharjah|الشارقة|city
AE|Ajman|عجمان|city
AE|Ras al-Khaimah|رأس الخيمة|city
AE|Fujairah|الفجيرة|city
AE|Umm al-Quwain|أم القيوين|city
AE|Al Ain|مدينة العين|city
QA|Al Rayyan|الريان|city
QA|Al Wakrah|الوكرة|city
QA|Al Udeid|قاعدة العديد|place
KW|Jahra|الجهراء|city
KW|Ahmadi|الأحمدي|city
BH|Muharraq|المحرق|city
BH|Riffa|الرفاع|city
OM|Salalah|صلالة|city
OM|Sohar|صحار|city
OM|Nizwa|نزوى|city
OM|Duqm|الدقم|city
OM|Dhofar|ظفار|region
OM|Musandam|مسندم|region
# Yemen
YE|Aden|عدن|city
YE|Taiz|تعز|city
YE|Hodeidah|الحديدة|city
YE|Mukalla|المكلا|city
YE|Ibb|محافظة إب;مدينة إب|city
YE|Dhamar|ذمار|city
YE|Marib|مأرب|city
YE|Saada|صعدة|city
YE|Hajjah|محافظة حجة|city
YE|Amran|محافظة عمران|city
YE|Al Bayda (Yemen)|مدينة البيضاء|city
YE|Dhale|الضالع|city
YE|Lahij|لحج|city
YE|Abyan|أبين;ابين|province
YE|Shabwa|شبوة|province
YE|Hadramawt|حضرموت|province
YE|Al Mahrah|المهرة|province
YE|Socotra|سقطرى;جزيرة سقطرى|region
YE|Al Jawf (Yemen)|الجوف|province
YE|Mocha|المخا|city
YE|Ad Durayhimi|الدريهمي|city
YE|Hays|مدينة حيس;مديرية حيس|city
# Libya
LY|Tripoli (Libya)|طرابلس|city
LY|Benghazi|بنغازي|city
LY|Misrata|مصراتة|city
LY|Sirte|سرت|city
LY|Sabha|سبها|city
LY|Zawiya|مدينة الزاوية|city
LY|Derna|درنة|city
LY|Tobruk|طبرق|city
LY|Ajdabiya|أجدابيا;اجدابيا|city
LY|Gharyan|غريان|city
LY|Kufra|الكفرة|city
LY|Tarhuna|ترهونة|city
LY|Zuwara|زوارة|city
LY|Sabratha|صبراتة|city
LY|Jufra|الجفرة|region
LY|Ras Lanuf|رأس لانوف;راس لانوف|city
LY|Brega|البريقة|city
LY|Fezzan|فزان|region
LY|Cyrenaica|برقة;إقليم برقة|region
LY|Al Bayda (Libya)|مدينة البيضاء|city
# Tunisia
TN|Sfax|صفاقس|city
TN|Sousse|سوسة|city
TN|Kairouan|القيروان|city
TN|Bizerte|بنزرت|city
TN|Gabes|قابس|city
TN|Gafsa|قفصة|city
TN|Monastir|المنستير|city
TN|Nabeul|نابل|city
TN|Medenine|مدنين|city
TN|Tataouine|تطاوين|city
TN|Kasserine|القصرين|city
TN|Sidi Bouzid|سيدي بوزيد|city
TN|Jendouba|جندوبة|city
TN|Le Kef|ولاية الكاف|city
TN|Beja|باجة|city
TN|Tozeur|توزر|city
TN|Kebili|ولاية قبلي|city
TN|Mahdia|المهدية|city
TN|Zaghouan|زغوان|city
TN|Siliana|سليانة|city
TN|Ariana|أريانة;اريانة|city
TN|Ben Arous|بن عروس|city
TN|Manouba|منوبة|city
TN|Djerba|جربة|city
TN|Ben Gardane|بن قردان|city
# Algeria
DZ|Oran|وهران|city
DZ|Constantine|قسنطينة|city
DZ|Annaba|عنابة|city
DZ|Blida|البليدة|city
DZ|Batna|باتنة|city
DZ|Setif|سطيف|city
DZ|Tlemcen|تلمسان|city
DZ|Bejaia|بجاية|city
DZ|Tizi Ouzou|تيزي وزو|city
DZ|Biskra|بسكرة|city
DZ|Ouargla|ورقلة|city
DZ|Ghardaia|غرداية|city
DZ|Tamanrasset|تمنراست|city
DZ|Chlef|الشلف|city
DZ|Skikda|سكيكدة|city
DZ|Laghouat|الأغواط|city
DZ|Bechar|ولاية بشار|city
DZ|Djelfa|الجلفة|city
DZ|M'Sila|المسيلة|city
DZ|Tiaret|تيارت|city
DZ|Mascara|ولاية معسكر|city
DZ|Mostaganem|مستغانم|city
DZ|Sidi Bel Abbes|سيدي بلعباس|city
DZ|Jijel|جيجل|city
DZ|Adrar|أدرار;ادرار|city
DZ|Illizi|إليزي|city
DZ|Tindouf|تندوف|city
DZ|Kabylie|منطقة القبائل|region
# Morocco and Western Sahara
MA|Casablanca|الدار البيضاء;كازابلانكا|city
MA|Marrakesh|مراكش|city
MA|Fez|فاس|city
MA|Tangier|طنجة|city
MA|Meknes|مكناس|city
MA|Agadir|أكادير;اكادير|city
MA|Oujda|مدينة وجدة|city
MA|Tetouan|تطوان|city
MA|Kenitra|القنيطرة|city
MA|Al Hoceima|الحسيمة|city
MA|Nador|الناظور|city
MA|Beni Mellal|بني ملال|city
MA|Safi|آسفي;اسفي|city
MA|El Jadida|مدينة الجديدة|city
MA|Sale|سلا|city
MA|Essaouira|الصويرة|city
MA|Ouarzazate|ورزازات|city
MA|Guelmim|كلميم|city
MA|Rif|الريف المغربي|region
EH|Dakhla|الداخلة|city
ES|Ceuta|سبتة|city
ES|Melilla|مليلية|city
MR|Nouadhibou|نواذيبو|city
MR|Rosso|روصو|city
MR|Atar|مدينة أطار|city
MR|Zouerat|ازويرات;الزويرات|city
# Sudan and the Horn
SD|Omdurman|أم درمان;امدرمان|city
SD|Port Sudan|بورتسودان;بور سودان;بورت سودان|city
SD|Khartoum North|الخرطوم بحري|city
SD|Kassala|كسلا|city
SD|Gedaref|القضارف|city
SD|Wad Madani|ود مدني|city
SD|El Obeid|مدينة الأبيض|city
SD|Nyala|نيالا|city
SD|El Fasher|الفاشر|city
SD|El Geneina|الجنينة|city
SD|Kadugli|كادقلي|city
SD|Ed Damazin|الدمازين|city
SD|Atbara|عطبرة|city
SD|Dongola|دنقلا|city
SD|Kosti|كوستي|city
SD|Sennar|سنار|city
SD|Darfur|دارفور;إقليم دارفور|region
SD|Kordofan|كردفان|region
SD|South Kordofan|جنوب كردفان|province
SD|Blue Nile State|ولاية النيل الأزرق|province
SD|Gezira|ولاية الجزيرة|province
|Abyei|أبيي|disputed
|Al-Fashaga|الفشقة|disputed
SO|Hargeisa|هرجيسا|city
SO|Kismayo|كيسمايو|city
SO|Baidoa|بيدوا|city
SO|Bosaso|بوصاصو|city
SO|Galkayo|غالكعيو|city
SO|Berbera|بربرة|city
SO|Somaliland|أرض الصومال;صوماليلاند|region
SO|Puntland|بونتلاند;أرض البنط|region
DJ|Tadjourah|تاجورة|city
ET|Tigray|تيغراي;إقليم تيغراي;تجراي|region
ET|Mekelle|ميكيلي;مقلي|city
ET|Amhara Region|إقليم أمهرة|region
ET|Grand Ethiopian Renaissance Dam|سد النهضة;سد النهضة الإثيوبي|place
# Iran
IR|Mashhad|مدينة مشهد|city
IR|Isfahan|أصفهان;اصفهان|city
IR|Shiraz|شيراز|city
IR|Tabriz|تبريز|city
IR|Ahvaz|الأهواز;الاهواز;أهواز|city
IR|Qom|قم|city
IR|Kermanshah|كرمانشاه|city
IR|Karaj|كرج|city
IR|Rasht|رشت|city
IR|Zahedan|زاهدان|city
IR|Hamadan|همدان|city
IR|Yazd|يزد|city
IR|Kerman|كرمان|city
IR|Ardabil|أردبيل;اردبيل|city
IR|Bandar Abbas|بندر عباس|city
IR|Urmia|أرومية;ارومية|city
IR|Sanandaj|سنندج|city
IR|Bushehr|بوشهر|city
IR|Birjand|بيرجند|city
IR|Khorramabad|خرم آباد|city
IR|Ilam|إيلام|city
IR|Yasuj|ياسوج|city
IR|Shahrekord|شهركرد|city
IR|Qazvin|قزوين|city
IR|Zanjan|زنجان|city
IR|Semnan|سمنان|city
IR|Sari|مدينة ساري|city
IR|Gorgan|جرجان;غرغان|city
IR|Bojnord|بجنورد|city
IR|Abadan|عبادان|city
IR|Khorramshahr|المحمرة;خرمشهر|city
IR|Natanz|نطنز;منشأة نطنز|place
IR|Fordow|فوردو;منشأة فوردو|place
IR|Arak|مدينة آراك;مفاعل آراك|city
IR|Kharg Island|جزيرة خرج|place
IR|Chabahar|تشابهار;جابهار|city
IR|Khuzestan|خوزستان;الأحواز;عربستان|region
IR|Sistan and Baluchestan|سيستان وبلوشستان;سيستان بلوشستان|province
|Greater and Lesser Tunbs and Abu Musa|طنب الكبرى;طنب الصغرى;أبو موسى;الجزر الإماراتية الثلاث|disputed
# Turkey
TR|Istanbul|إسطنبول;اسطنبول;استانبول;إستانبول|city
TR|Izmir|إزمير;ازمير|city
TR|Bursa|ولاية بورصة;مدينة بورصة|city
TR|Antalya|أنطاليا;انطاليا;أنطالية|city
TR|Adana|أضنة;اضنة|city
TR|Gaziantep|غازي عنتاب;عنتاب|city
TR|Konya|قونية|city
TR|Diyarbakir|ديار بكر;دياربكر|city
TR|Mersin|مرسين|city
TR|Kayseri|قيصري|city
TR|Sanliurfa|أورفا;شانلي أورفا;اورفا;شانلي أورفة;أورفة|city
TR|Malatya|ملاطية;ملطية|city
TR|Samsun|سامسون|city
TR|Trabzon|طرابزون;طربزون|city
TR|Erzurum|أرضروم;ارضروم|city
TR|Van|ولاية وان|city
TR|Mardin|ماردين|city
TR|Hatay|هطاي;ولاية هطاي;حطاي;هاتاي;ولاية هاتاي|province
TR|Antakya|أنطاكيا;أنطاكية;انطاكيا|city
TR|Kilis|كلس|city
TR|Iskenderun|إسكندرون;الإسكندرون|city
TR|Batman|باطمان;بطمان|city
TR|Sirnak|شرناق|city
TR|Hakkari|هكاري|city
TR|Kahramanmaras|كهرمان مرعش;مرعش|city
TR|Izmit|إزميت;كوجالي|city
TR|Eskisehir|إسكي شهير;اسكي شهير;إسكي شهر|city
TR|Denizli|دنيزلي|city
TR|Bodrum|بودروم|city
TR|Canakkale|جناق قلعة;تشاناكالي|city
TR|Edirne|أدرنة;ادرنة|city
TR|Aksaray|أكسراي;آق سراي|city
TR|Amasya|أماسيا|city
TR|Artvin|أرتفين|city
TR|Aydin|ولاية أيدين;ولاية آيدين|city
TR|Balikesir|باليكسير;بالكسير|city
TR|Bartin|بارتين|city
TR|Bilecik|بيله جك;بيلجيك|city
TR|Bingol|بينغول;بنكول|city
TR|Bolu|بولو|city
TR|Burdur|بوردور|city
TR|Corum|تشوروم;جوروم|city
TR|Duzce|دوزجة|city
TR|Elazig|إلازيغ;ألازيغ;الازيغ|city
TR|Erzincan|أرزنجان|city
TR|Giresun|غيرسون|city
TR|Gumushane|غوموشهانة|city
TR|Igdir|إغدير;اغدير|city
TR|Isparta|إسبرطة|city
TR|Kars|قارص;قارس|city
TR|Kastamonu|قسطموني|city
TR|Kirikkale|قيريق قلعة|city
TR|Kirklareli|قرقلر إيلي|city
TR|Kirsehir|قيرشهير|city
TR|Karabuk|كارابوك|city
TR|Karaman|قرمان|city
TR|Kutahya|كوتاهيا|city
TR|Manisa|مانيسا|city
TR|Mugla|موغلا|city
TR|Nevsehir|نوشهير;نيفشهير|city
TR|Nigde|نيغدة;نيدة|city
TR|Ordu|ولاية أوردو|city
TR|Osmaniye|ولاية عثمانية|city
TR|Rize|ريزة;ريزه|city
TR|Sakarya|سكاريا;صقاريا|city
TR|Siirt|سيرت|city
TR|Sinop|سينوب|city
TR|Sivas|سيواس|city
TR|Tekirdag|تكيرداغ;تكيرداع|city
TR|Tokat|توكات|city
TR|Tunceli|تونجلي|city
TR|Usak|أوشاك|city
TR|Yalova|يالوفا|city
TR|Yozgat|يوزغات|city
TR|Zonguldak|زونغولداق|city
TR|Afyonkarahisar|أفيون قره حصار|city
TR|Agri|أغري;آغري|city
TR|Ardahan|أردهان|city
TR|Bayburt|بايبورت|city
TR|Mus|ولاية موش|city
TR|Bitlis|بتليس;بدليس|city
TR|Adiyaman|أديامان;أدي يامان|city
TR|Kilis province|ولاية كلس|province
TR|Kocaeli|كوجا إيلي|province
TR|Incirlik|إنجرليك;انجرليك;قاعدة إنجرليك|place
LB|Halba|حلبا|city
YE|Zinjibar|زنجبار|city
YE|Ataq|عتق|city
YE|Al Ghaydah|الغيضة|city
YE|Al Hazm|مدينة الحزم|city
YE|Al Mahwit|المحويت|city
YE|Raymah|محافظة ريمة|province
YE|Hadibu|حديبو|city
YE|Seiyun|سيئون|city
KW|Hawalli|محافظة حولي|city
KW|Farwaniya|الفروانية|city
KW|Mubarak Al-Kabeer|مبارك الكبير|city
OM|Ibri|ولاية عبري|city
OM|Buraimi|البريمي|city
OM|Khasab|ولاية خصب|city
OM|Rustaq|الرستاق|city
OM|Ibra|إبراء|city
OM|Sur (Oman)|صور العمانية;ولاية صور|city
SD|Ed Damer|الدامر|city
SD|Rabak|مدينة ربك|city
SD|Singa|سنجة|city
SD|Zalingei|زالنجي|city
SD|Ed Daein|الضعين|city
SD|El Fula|الفولة|city
MR|Kiffa|كيفة|city
MR|Kaedi|كيهيدي|city
MR|Nema|مدينة النعمة|city
MR|Aleg|ألاك|city
MR|Tidjikja|تجكجة|city
MR|Selibaby|سيلبابي|city
MR|Akjoujt|أكجوجت|city
DZ|Saida|ولاية سعيدة|city
DZ|Tipaza|تيبازة|city
DZ|Boumerdes|بومرداس|city
DZ|Bouira|البويرة|city
DZ|Medea|المدية|city
DZ|Ain Defla|عين الدفلى|city
DZ|Relizane|غليزان|city
DZ|Tissemsilt|تيسمسيلت|city
DZ|El Bayadh|ولاية البيض|city
DZ|Naama|النعامة|city
DZ|Ain Temouchent|عين تموشنت|city
DZ|El Oued|ولاية الوادي;وادي سوف|city
DZ|Khenchela|خنشلة|city
DZ|Souk Ahras|سوق أهراس|city
DZ|Tebessa|تبسة|city
DZ|Oum El Bouaghi|أم البواقي|city
DZ|Mila|ميلة|city
DZ|Guelma|قالمة|city
DZ|El Tarf|الطارف|city
DZ|Bordj Bou Arreridj|برج بوعريريج|city
DZ|Hassi Messaoud|حاسي مسعود|city
DZ|In Amenas|عين أميناس|city
LY|Ghat|مدينة غات|city
LY|Murzuq|مرزق|city
LY|Bani Walid|بني وليد|city
LY|Zintan|الزنتان|city
LY|Al Khums|مدينة الخمس|city
LY|Ubari|أوباري|city
MA|Laayoune-Sakia El Hamra|العيون الساقية الحمراء|region
MA|Errachidia|الرشيدية|city
MA|Taroudant|تارودانت|city
MA|Khouribga|خريبكة|city
MA|Settat|سطات|city
IQ|Mandali|مندلي|city
IQ|Khanaqin|خانقين|city
IQ|Baiji|بيجي|city
IQ|Haditha|قضاء حديثة;مدينة حديثة|city
IQ|Rutba|مدينة الرطبة;قضاء الرطبة|city
IQ|Jurf al-Sakhar|جرف الصخر;جرف النصر|city
IQ|Makhmur|قضاء مخمور;مخيم مخمور|city
IR|Kermanshah province|محافظة كرمانشاه|province
IR|Qasr-e Shirin|قصر شيرين|city
IR|Dezful|دزفول|city
IR|Isfahan province|محافظة أصفهان|province
SY|Jableh|جبلة|city
SY|Baniyas|بانياس|city
SY|Zabadani|الزبداني|city
SY|Madaya|مضايا|city
SY|Yarmouk camp|مخيم اليرموك|place
SY|Darayya|داريا|city
SY|Harasta|حرستا|city
SY|Saqba|سقبا|city
SY|Kafr Batna|كفربطنا;كفر بطنا|city
SY|Misraba|مسرابا|city
SY|Al-Hol camp|مخيم الهول|place
SY|Qusayr|مدينة القصير|city
SY|Salamiyah|مدينة السلمية|city
SY|Al-Shaddadi|الشدادي|city
SY|Ain Issa|عين عيسى|city
SY|Tabqa|مدينة الطبقة;سد الطبقة|city
# Other Middle East and Caucasus
AZ|Nagorno-Karabakh|ناغورني قره باغ;ناغورنو قره باغ;قره باغ;كاراباخ|disputed
AM|Gyumri|غيومري|city
GE|Abkhazia|أبخازيا|disputed
GE|South Ossetia|أوسيتيا الجنوبية|disputed
CY|Northern Cyprus|شمال قبرص;قبرص الشمالية;جمهورية شمال قبرص التركية|disputed
# Ukraine and Russia
UA|Crimea|القرم;شبه جزيرة القرم|disputed
UA|Donbas|دونباس;الدونباس|disputed
UA|Donetsk|دونيتسك|disputed
UA|Luhansk|لوغانسك;لوهانسك|disputed
UA|Kherson|خيرسون|city
UA|Zaporizhzhia|زابوريجيا;زابوريجيا|city
UA|Kharkiv|خاركيف;خاركوف|city
UA|Odesa|أوديسا;اوديسا|city
UA|Mariupol|ماريوبول|city
UA|Bakhmut|باخموت;بخموت|city
UA|Lviv|لفيف|city
UA|Sevastopol|سيفاستوبول|disputed
RU|Saint Petersburg|سانت بطرسبرغ;سان بطرسبرغ;بطرسبورغ|city
RU|Sochi|سوتشي|city
RU|Kaliningrad|كالينينغراد|city
RU|Chechnya|الشيشان;جمهورية الشيشان|region
RU|Grozny|غروزني|city
RU|Kazan|قازان;كازان|city
RU|Vladivostok|فلاديفوستوك|city
RU|Belgorod|بيلغورود|city
RU|Kursk|كورسك|city
RU|Volgograd|فولغوغراد;فولجوجراد|city
RU|Saransk|سارانسك|city
RU|Rostov-on-Don|روستوف;روستوف أون دون;روستوف-أون-دون;روستوف أون-دون;روستوف على الدون|city
# Afghanistan and Pakistan
AF|Kandahar|قندهار|city
AF|Herat|هرات|city
AF|Mazar-i-Sharif|مزار شريف|city
AF|Jalalabad|جلال آباد;جلال أباد|city
AF|Kunduz|قندوز|city
AF|Helmand|هلمند|province
AF|Bagram|باغرام;قاعدة باغرام|place
PK|Karachi|كراتشي|city
PK|Lahore|لاهور|city
PK|Peshawar|بيشاور|city
PK|Quetta|كويتا|city
PK|Rawalpindi|روالبندي;راولبندي|city
|Kashmir|كشمير;إقليم كشمير|disputed
# Asia
CN|Shanghai|شنغهاي;شانغهاي|city
CN|Guangzhou|قوانغتشو;غوانزو;قوانجتشو;غوانغتشو|city
CN|Shenzhen|شنتشن;شنجن|city
CN|Wuhan|ووهان|city
CN|Xinjiang|شينجيانغ;شينجيانج;تركستان الشرقية;شينغيانغ|region
CN|Tibet|التبت|region
JP|Osaka|أوساكا|city
JP|Hiroshima|هيروشيما|city
JP|Fukushima|فوكوشيما|city
IN|Mumbai|مومباي;بومباي|city
IN|Kolkata|كلكتا;كولكاتا|city
IN|Bangalore|بنغالور|city
IN|Hyderabad|حيدر أباد;حيدر آباد|city
ID|Bali|جزيرة بالي|region
KR|Busan|بوسان|city
MY|Penang|بينانغ|city
MM|Rakhine State|ولاية راخين;راخين;ولاية أراكان;إقليم أراكان|province
ID|Lombok|لومبوك;جزيرة لومبوك|region
ID|Surabaya|سورابايا|city
KR|Panmunjom|بانمونجوم;بانمونجون|place
# Europe
DE|Munich|ميونخ;ميونيخ|city
DE|Hamburg|هامبورغ;هامبورج|city
DE|Frankfurt|فرانكفورت|city
DE|Cologne|كولونيا|city
FR|Marseille|مرسيليا;مارسيليا|city
FR|Lyon|ليون|city
FR|Nice|مدينة نيس|city
FR|Strasbourg|ستراسبورغ;ستراسبورج|city
FR|Calais|كاليه|city
IT|Milan|ميلانو;ميلان|city
IT|Naples|نابولي|city
IT|Lampedusa|لامبيدوزا|region
IT|Sicily|صقلية|region
ES|Barcelona|برشلونة|city
ES|Catalonia|كتالونيا;كاتالونيا|region
CH|Geneva|جنيف|city
CH|Zurich|زيورخ;زيوريخ|city
CH|Davos|دافوس|city
CH|Lausanne|لوزان|city
GB|Manchester|مانشستر|city
GB|Liverpool|ليفربول|city
GB|Birmingham|برمنغهام;برمنجهام|city
GB|Scotland|اسكتلندا;إسكتلندا|region
GB|Wales|ويلز|region
GB|Northern Ireland|أيرلندا الشمالية|region
NL|The Hague|لاهاي|city
NL|Rotterdam|روتردام|city
BE|Antwerp|أنتويرب|city
GR|Lesbos|ليسبوس|region
GR|Thessaloniki|سالونيك;ثيسالونيكي|city
RS|Kosovo region|إقليم كوسوفو|disputed
GB|Salisbury|سالزبري;سالزبيري;سالزبوري;سالسبيري;ساليسبري;ساليزبري;سوليزبيري|city
# Americas, Africa, Oceania
ES|Valencia|بلنسية;فالنسيا|city
ES|Andalusia|الأندلس;إقليم الأندلس|region
ES|Aragon|أراغون;أراجون|region
US|New Orleans|نيو أورليانز;نيو أورلينز|city
IR|Khorasan|خراسان;إقليم خراسان|region
IR|Kish Island|جزيرة كيش|region
RU|Siberia|سيبيريا|region
SA|Hejaz|الحجاز;منطقة الحجاز|region
ID|Java|جزيرة جاوا|region
LB|Naqoura|الناقورة|city
US|New York|نيويورك|city
US|Los Angeles|لوس أنجلوس;لوس انجلوس;لوس أنجليس|city
US|Chicago|شيكاغو|city
US|Houston|هيوستن;هيوستون|city
US|Miami|ميامي|city
US|San Francisco|سان فرانسيسكو|city
US|Boston|بوسطن|city
US|Seattle|سياتل|city
US|Las Vegas|لاس فيغاس;لاس فيجاس|city
US|Atlanta|أتلانتا|city
US|Dallas|دالاس|city
US|Philadelphia|فيلادلفيا|city
US|Detroit|ديترويت|city
US|Texas|تكساس|region
US|California|كاليفورنيا|region
US|Florida|فلوريدا|region
US|Alaska|ألاسكا|region
US|Hawaii|هاواي|region
US|Ohio|أوهايو;ولاية أوهايو|region
US|Michigan|ميشيغان;ميشيغن;ولاية ميشيغان|region
US|Nevada|نيفادا;ولاية نيفادا|region
US|Arizona|أريزونا;ولاية أريزونا|region
US|Utah|يوتا;ولاية يوتا|region
US|Colorado|كولورادو;ولاية كولورادو|region
US|Virginia|فيرجينيا;فرجينيا;ولاية فيرجينيا|region
US|West Virginia|فيرجينيا الغربية;فرجينيا الغربية|region
US|Maryland|ماريلاند;ميريلاند;ولاية ماريلاند|region
US|Massachusetts|ماساتشوستس;ماساشوستس;ولاية ماساتشوستس|region
US|New Jersey|نيوجيرسي;نيو جيرسي;ولاية نيوجيرسي|region
US|Pennsylvania|بنسلفانيا;بنسيلفانيا;ولاية بنسلفانيا|region
US|Oregon|أوريغون;أوريجون;ولاية أوريغون|region
US|Minnesota|مينيسوتا;ولاية مينيسوتا|region
US|Wisconsin|ويسكونسن;ويسكونسين;ولاية ويسكونسن|region
US|Illinois|إلينوي;إلينوى;ولاية إلينوي|region
US|Indiana|إنديانا;ولاية إنديانا|region
US|Iowa|أيوا;آيوا;ولاية أيوا|region
US|Missouri|ميزوري;ولاية ميزوري;ولاية ميسوري|region
US|Kentucky|كنتاكي;ولاية كنتاكي|region
US|Tennessee|تينيسي;تينيسي;ولاية تينيسي|region
US|Alabama|ألاباما;ولاية ألاباما|region
US|Mississippi|ميسيسيبي;ولاية ميسيسيبي|region
US|Louisiana|لويزيانا;ولاية لويزيانا|region
US|Arkansas|أركنساس;ولاية أركنساس|region
US|Oklahoma|أوكلاهوما;ولاية أوكلاهوما|region
US|Kansas|كانساس;كنساس;ولاية كانساس|region
US|Nebraska|نبراسكا;ولاية نبراسكا|region
US|North Dakota|داكوتا الشمالية;ولاية داكوتا الشمالية|region
US|South Dakota|داكوتا الجنوبية;ولاية داكوتا الجنوبية|region
US|Montana|مونتانا;ولاية مونتانا|region
US|Wyoming|وايومنغ;وايومينغ;ولاية وايومنغ|region
US|Idaho|أيداهو;ايداهو;ولاية أيداهو|region
US|New Mexico|نيومكسيكو;نيو مكسيكو;ولاية نيومكسيكو|region
US|North Carolina|كارولينا الشمالية;نورث كارولينا;ولاية كارولينا الشمالية;نورث كارولاينا;كارولاينا الشمالية|region
US|South Carolina|كارولينا الجنوبية;ساوث كارولينا;ولاية كارولينا الجنوبية;ساوث كارولاينا;كارولاينا الجنوبية|region
US|Vermont|فيرمونت;ولاية فيرمونت|region
US|New Hampshire|نيوهامبشير;نيو هامبشير;ولاية نيوهامبشير|region
US|Maine|ولاية مين|region
US|Rhode Island|رود آيلاند;ولاية رود آيلاند|region
US|Connecticut|كونيتيكت;كونتيكت;ولاية كونيتيكت|region
US|Delaware|ديلاوير;ولاية ديلاوير|region
US|Washington State|ولاية واشنطن|region
US|Georgia (US state)|ولاية جورجيا;جورجيا الأمريكية|region
US|New York State|ولاية نيويورك|region
US|Guantanamo|غوانتانامو;معتقل غوانتانامو|place
US|Camp David|كامب ديفيد|place
CA|Toronto|تورونتو;تورنتو|city
CA|Montreal|مونتريال|city
CA|Vancouver|فانكوفر|city
BR|Sao Paulo|ساو باولو|city
BR|Rio de Janeiro|ريو دي جانيرو|city
AU|Sydney|سيدني|city
AU|Melbourne|ملبورن|city
ZA|Johannesburg|جوهانسبرغ;جوهانسبرج|city
ZA|Cape Town|كيب تاون|city
NG|Lagos|لاغوس;لاجوس|city
KE|Mombasa|مومباسا|city
ML|Timbuktu|تمبكتو|city
ML|Gao|غاو|city
US|Parkland|باركلاند|city
US|Manhattan|مانهاتن;مانهاتان|city
CA|Quebec|كيبيك;مقاطعة كيبيك|province
# Added from unlinked place names in ANT news (2018)
US|Hollywood|هوليوود;هوليود|city
US|San Diego|سان دييغو;سان دييجو|city
US|Brooklyn|بروكلين|city
US|Palo Alto|بالو ألتو;بالو التو|city
CA|Ontario|أونتاريو;اونتاريو;مقاطعة أونتاريو|province
AU|Queensland|كوينزلاند;ولاية كوينزلاند|region
GB|Glasgow|غلاسكو;غلاسغو;جلاسكو|city
GB|Bristol|بريستول|city
GB|Windsor|ويندسور|city
GB|Nottingham|نوتنغهام;نوتينغهام|city
GB|Amesbury|أميسبوري;أيمسبري|city
FR|Carcassonne|كاركاسون|city
ES|Mallorca|مايوركا;جزيرة مايوركا|region
ES|Pamplona|بامبلونا|city
RU|Kemerovo|كيميروفو;كيميروفا|city
RU|Krasnoyarsk|كراسنويارسك|city
RU|Saratov|ساراتوف|city
CN|Ningxia|نينغشيا;نينغسيا|region
CN|Dandong|داندونغ|city
IN|Delhi|دلهي|city
IN|Punjab (India)|البنجاب;ولاية البنجاب|province
PK|Punjab (Pakistan)|البنجاب;إقليم البنجاب|province
IN|Karnataka|كارناتاكا;ولاية كارناتاكا|province
IN|Uttar Pradesh|أوتار براديش;اوتار براديش;أوتر براديش|province
IN|Jharkhand|جهارخاند|province
IN|Kathua|كاثوا|city
IN|Agra|أغرا;آغرا|city
AF|Nangarhar|ننغرهار;ننجرهار;نانغرهار;ننكرهار;نانجارهار|province
ID|Sulawesi|سولاويسي;جزيرة سولاويسي|region
ID|Palu|بالو;مدينة بالو|city
ID|Mataram|ماتارام|city
SG|Sentosa|سنتوسا;سينتوسا;جزيرة سنتوسا|region
ET|Oromia|أوروميا;اوروميا;إقليم أوروميا|region
NG|Chibok|تشيبوك|city
NG|Dapchi|دابتشي;دابشي|city
LB|Keserwan|كسروان|region
YE|Al-Rahida|الراهدة|city
IN|Kerala|كيرالا;ولاية كيرالا|province
IN|Rajasthan|راجستان;راجاستان;ولاية راجستان|province
IT|Sardinia|سردينيا;جزيرة سردينيا|region
ID|Sumatra|سومطرة;جزيرة سومطرة|region
GB|Cardiff|كارديف|city
GB|Sheffield|شيفيلد|city
US|Pittsburgh|بيتسبرغ;بيتسبرج|city
FR|Saint-Tropez|سان تروبيه|city
EG|Dahshur|دهشور|city
EG|Heliopolis|هليوبوليس;مصر الجديدة|city
# Added from unlinked names in ANT news (2018, articles 3,000-12,000), second pass
SY|Jobar|جوبر;حي جوبر|city
SY|Hamouriyah|حمورية|city
SY|Hajin|مدينة هجين|city
JO|Fuheis|الفحيص|city
YE|Dahyan|ضحيان|city
YE|Midi|ميدي;مديرية ميدي|city
TN|Zarzis|جرجيس|city
TN|Carthage|قرطاج|city
FR|Trebes|تريب|city
FR|Toulouse|مدينة تولوز|city
DE|Dusseldorf|دوسلدورف|city
DE|Bavaria|بافاريا;ولاية بافاريا|province
ES|Marbella|ماربيا|city
RU|Samara|سامارا|city
GR|Crete|كريت;جزيرة كريت|region
GB|Heathrow Airport|مطار هيثرو;هيثرو|place
US|Sandy Hook|ساندي هوك|city
US|Silicon Valley|وادي السيليكون;وادي السليكون|region
CN|Hangzhou|هانغتشو;هانغجو|city
MX|Acapulco|أكابولكو|city
BR|Bahia|ولاية باهيا|province
LK|Kandy|مدينة كاندي;منطقة كاندي|city
KR|Pyeongchang|بيونغتشانغ;بيونغ تشانغ;بيونغشانغ|city
PK|Waziristan|وزيرستان;شمال وزيرستان;جنوب وزيرستان|region
IN|Gujarat|غوجارات;غوجرات;ولاية غوجارات|province
IN|Assam|آسام;ولاية آسام|province
UA|Chernihiv|تشيرنيهيف|city
GB|Old Trafford|أولد ترافورد;ملعب أولد ترافورد|place
US|Austin|مدينة أوستن|city
EG|Great Sphinx of Giza|أبو الهول;تمثال أبو الهول|place
US|Charlottesville|شارلوتسفيل|city
IT|Genoa|جنوى|city
CN|Qingdao|تشينغداو;كينغداو|city
CN|Dalian|داليان|city
NE|Agadez|أغاديز|city
TN|Kerkennah|قرقنة;جزر قرقنة|region
FR|Nantes|نانت|city
BE|Liege|لييج|city
RU|Nizhny Novgorod|نيجني نوفغورود;نيجني نوفجورود|city
IN|Jammu|جامو|city
SY|Al-Lataminah|اللطامنة|city
SY|Da'el|داعل|city
PS|Bureij|البريج;مخيم البريج|city
EG|Nagrig|نجريج|city
MX|Tijuana|تيخوانا|city
US|Nashville|ناشفيل|city
BR|Curitiba|كوريتيبا|city
CH|Nyon|نيون|city
MA|Jerada|جرادة|city
IL|Atlit|عتليت|city
# Added from unlinked place names in ANT news (2018, articles 20,000-31,525)
LB|Arsal|عرسال;بلدة عرسال|city
SY|Zamalka|زملكا|city
YE|At Tuhayta|التحيتا;مديرية التحيتا|city
YE|Kahbub|كهبوب;منطقة كهبوب|place
YE|Al-Fazah|الفازة;منطقة الفازة|place
AF|Ghazni|غزنة;غزني;إقليم غزنة|city
NG|Borno|بورنو;ولاية بورنو|province
CD|Mbandaka|مبانداكا|city
JP|Hokkaido|هوكايدو;جزيرة هوكايدو|province
RU|Kizlyar|كيزليار|city
DE|Wiesbaden|فيسبادن|city
DE|Chemnitz|كيمنتس;كيمنيتس;شيمنيتس|city
US|Cupertino|كوبرتينو|city
US|Sacramento|سكرامنتو;ساكرامنتو|city
US|Trump Tower|برج ترامب|place
BR|Belo Horizonte|بيلو هوريزونتي|city
DE|Munster|مونستر|city
US|San Antonio|سان أنطونيو;سان انطونيو|city
"""

PLACES = """
|Mediterranean Sea|البحر الأبيض المتوسط;البحر المتوسط;حوض المتوسط|sea
|Red Sea|البحر الأحمر|sea
|Persian Gulf|الخليج العربي;الخليج الفارسي|sea
|Gulf of Oman|خليج عمان|sea
|Arabian Sea|بحر العرب|sea
|Indian Ocean|المحيط الهندي|sea
|Atlantic Ocean|المحيط الأطلسي;المحيط الأطلنطي|sea
|Pacific Ocean|المحيط الهادئ;المحيط الهادي|sea
|Arctic|القطب الشمالي|region
|Black Sea|البحر الأسود|sea
|Caspian Sea|بحر قزوين|sea
|Aegean Sea|بحر إيجه;بحر ايجه|sea
|Dead Sea|البحر الميت|sea
|South China Sea|بحر الصين الجنوبي|sea
|Sea of Azov|بحر آزوف|sea
|Baltic Sea|بحر البلطيق|sea
|Strait of Hormuz|مضيق هرمز|strait
|Bab el-Mandeb|باب المندب;مضيق باب المندب|strait
|Suez Canal|قناة السويس|canal
|Bosphorus|البوسفور;مضيق البوسفور|strait
|Dardanelles|الدردنيل;مضيق الدردنيل|strait
|Strait of Gibraltar|مضيق جبل طارق|strait
|Taiwan Strait|مضيق تايوان|strait
|Gulf of Aden|خليج عدن|sea
|Gulf of Aqaba|خليج العقبة|sea
|Nile|نهر النيل;النيل|river
|Euphrates|نهر الفرات;الفرات|river
|Tigris|نهر دجلة;دجلة|river
|Jordan River|نهر الأردن|river
|Litani River|نهر الليطاني;الليطاني|river
|Shatt al-Arab|شط العرب|river
|Orontes|نهر العاصي|river
|Danube|نهر الدانوب;الدانوب|river
|Dnieper|نهر دنيبرو;نهر الدنيبر|river
|Blue Nile|النيل الأزرق|river
|White Nile|النيل الأبيض|river
|Qandil Mountains|جبال قنديل;جبل قنديل|mountain
|Mount Hermon|جبل الشيخ|mountain
|Alps|جبال الألب|mountain
|Himalayas|جبال الهيمالايا;الهيمالايا|mountain
|Taurus Mountains|جبال طوروس|mountain
|Zagros Mountains|جبال زاغروس|mountain
|Mount Sinjar|جبل سنجار|mountain
|Atlas Mountains|جبال الأطلس|mountain
|Nuba Mountains|جبال النوبة|mountain
|Sahara|الصحراء الكبرى|desert
|Rub' al Khali|الربع الخالي|desert
|Arabian Peninsula|شبه الجزيرة العربية;الجزيرة العربية|region
|Balkans|البلقان|region
|Caucasus|القوقاز|region
|Central Asia|آسيا الوسطى;وسط آسيا|region
|Middle East|الشرق الأوسط|region
|North Africa|شمال أفريقيا;شمال إفريقيا|region
|Sahel|منطقة الساحل;الساحل الأفريقي;منطقة الساحل والصحراء|region
|Horn of Africa|القرن الأفريقي;القرن الإفريقي|region
|Maghreb|المغرب العربي|region
|Levant|بلاد الشام;المشرق العربي;الشام|region
|Gulf region|منطقة الخليج;دول الخليج;الخليج|region
|Kurdistan|كردستان;كوردستان|region
|Soviet Union|الاتحاد السوفياتي;الاتحاد السوفيتي;الاتحاد السوفييتي|historical
|Yugoslavia|يوغسلافيا;يوغوسلافيا|historical
|Caribbean|البحر الكاريبي;منطقة الكاريبي;الكاريبي|sea
|Europe|أوروبا;أوربا;القارة الأوروبية|region
|Asia|آسيا;القارة الآسيوية|region
|Africa|أفريقيا;إفريقيا;القارة الأفريقية;القارة السمراء|region
|Latin America|أمريكا اللاتينية;أميركا اللاتينية|region
|Americas|الأمريكتين;الأمريكتان|region
|Blue Line|الخط الأزرق|border
|Kfarchouba Hills|تلال كفرشوبا|region
|Imrali Island|جزيرة إيمرالي;إيمرالي;جزيرة ايمرالي|region
|Korean Peninsula|شبه الجزيرة الكورية|region
|Tiran Island|جزيرة تيران;تيران|region
|Sanafir Island|جزيرة صنافير;صنافير|region
"""

# CAMEO region codes and adjective stems of regions (``الأوروبي``, ``الأفريقية``):
# English name -> (code, adjective stems). The adjectives code actors ("European
# diplomats" -> EUR) the way state adjectives do.
REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Europe": ("EUR", ("أوروبي", "اوروبي", "أوربي")),
    "Africa": ("AFR", ("أفريقي", "إفريقي", "افريقي")),
    "Asia": ("ASA", ("آسيوي",)),
    "Middle East": ("MEA", ("شرق أوسطي",)),
    "Latin America": ("LAM", ()),
    "North Africa": ("NAF", ()),
    "Maghreb": ("NAF", ("مغاربي",)),
    "Balkans": ("BLK", ("بلقاني",)),
    "Caucasus": ("CAU", ("قوقازي",)),
    "Central Asia": ("CAS", ()),
    "Gulf region": ("PGS", ("خليجي",)),
    "Persian Gulf": ("PGS", ()),
    "Horn of Africa": ("EAF", ()),
    "Sahel": ("WAF", ()),
    "Mediterranean Sea": ("MDT", ("متوسطي",)),
}
