"""People of Turkey, 2010-2025 (table format: see people_gen.py)."""

ROWS = """
# Presidents, prime ministers, vice presidents
Recep Tayyip Erdogan / Recep Tayyip Erdoğan / Erdogan | رجب طيب أردوغان, رجب طيب اردوغان, أردوغان, اردوغان, إردوغان, طيب أردوغان, رجب أردوغان | TUR | GOV | GOV Prime Minister 2003-03-14..2014-08-28 ; GOV President 2014-08-28..
Abdullah Gul / Abdullah Gül | عبد الله غول, عبدالله غول, عبد الله جول, عبدالله جول, غول, ~جول | TUR | GOV | GOV President 2007-08-28..2014-08-28
Ahmet Davutoglu / Ahmet Davutoğlu | أحمد داود أوغلو, أحمد داوود أوغلو, احمد داود اوغلو, داود أوغلو, داوود أوغلو, داوود اوغلو | TUR | GOV | GOV Minister of Foreign Affairs 2009-05-01..2014-08-29 ; GOV Prime Minister 2014-08-28..2016-05-24 ; OPP Leader of the Future Party 2019-12-13..
Binali Yildirim / Binali Yıldırım | بن علي يلدريم, بن علي يلدرم, بن علي يلديريم, بنعلي يلدريم, يلدريم, يلدرم | TUR | GOV | GOV Minister of Transport 2011-07-06..2013-12-25 ; GOV Minister of Transport 2015-11-24..2016-05-24 ; GOV Prime Minister 2016-05-24..2018-07-09 ; LEG Speaker of the Grand National Assembly 2018-07-18..2019-02-18
Fuat Oktay | فؤاد أقطاي, فؤاد أوقطاي, فؤاد أوكتاي, أقطاي, أوقطاي, أوكتاي | TUR | GOV | GOV Vice President 2018-07-09..2023-06-03 ; LEG Member of Parliament 2023-06-04..
Cevdet Yilmaz / Cevdet Yılmaz | جودت يلماز, جودت يلماظ, جودت يلمز | TUR | GOV | GOV Minister of Development 2013-12-25..2016-05-24 ; GOV Deputy Prime Minister 2017-07-19..2018-07-09 ; GOV Vice President 2023-06-03..
# Foreign ministers
Mevlut Cavusoglu / Mevlüt Çavuşoğlu / Cavusoglu | مولود جاويش أوغلو, جاويش أوغلو, جاويش اوغلو, تشاووش أوغلو, تشاويش أوغلو, جاووش أوغلو, مولود تشاووش أوغلو, مولود تشاويش أوغلو, مولود جاووش أوغلو, مولود جاويش اوغلو, مولود تشاوش أوغلو, تشاوش أوغلو, تشاوش اوغلو | TUR | GOV | GOV Minister of EU Affairs 2013-12-26..2014-08-29 ; GOV Minister of Foreign Affairs 2014-08-29..2015-08-28 ; GOV Minister of Foreign Affairs 2015-11-24..2023-06-04 ; LEG Member of Parliament 2023-06-04..
Feridun Sinirlioglu / Feridun Sinirlioğlu | فريدون سينيرلي أوغلو, فريدون سنيرلي أوغلو, سينيرلي أوغلو, سنيرلي أوغلو, سينيرلي اوغلو | TUR | GOV | GOV Minister of Foreign Affairs 2015-08-28..2015-11-24 ; GOV Permanent Representative to the UN 2016-01-01..2018-12-31
Hakan Fidan | هاكان فيدان, فيدان | TUR | GOV | GOVSPY Head of the National Intelligence Organisation (MIT) 2010-05-27..2015-02-10 ; GOVSPY Head of the National Intelligence Organisation (MIT) 2015-03-09..2023-06-04 ; GOV Minister of Foreign Affairs 2023-06-04..
Hatice Cengiz | خديجة جنكيز, خديجة جنكيز أوغلو, خديجة آزرو | TUR | CVL | CVL Researcher, fiancee of Jamal Khashoggi 2018..
# Defence ministers
Vecdi Gonul / Vecdi Gönül | وجدي غونول, وجدي جونول, وجدي گونول, غونول | TUR | GOVMIL | GOVMIL Minister of National Defence 2002-11-18..2011-07-06 ; GOVMIL Minister of National Defence 2015-08-28..2015-11-24
Ismet Yilmaz / İsmet Yılmaz | عصمت يلماز, عصمت يلمز, عصمت يلمظ | TUR | GOVMIL | GOVMIL Minister of National Defence 2011-07-06..2015-08-28 ; LEG Speaker of the Grand National Assembly 2015-07-01..2015-11-22 ; GOVMIL Minister of National Defence 2015-11-24..2016-05-24 ; GOV Minister of National Education 2016-05-24..2018-07-09
Fikri Isik / Fikri Işık | فكري إيشيق, فكري ايشق, فكري إشيك, فكري إيشيك, إيشيق, إشيك | TUR | GOVMIL | GOV Minister of Science, Industry and Technology 2013-12-26..2016-05-24 ; GOVMIL Minister of National Defence 2016-05-24..2017-07-19 ; GOV Deputy Prime Minister 2017-07-19..2018-07-09
Nurettin Canikli | نور الدين جانيكلي, نورالدين جانيكلي, نور الدين جانكلي, جانيكلي, جانكلي | TUR | GOVMIL | GOV Deputy Prime Minister 2016-05-24..2017-07-19 ; GOVMIL Minister of National Defence 2017-07-19..2018-07-09
Hulusi Akar | خلوصي أكار, خلوصي آكار, خلوصي اكار, أكار, آكار | TUR | GOVMIL | MIL Chief of the General Staff 2015-08-18..2018-07-09 ; GOVMIL Minister of National Defence 2018-07-10..2023-06-03 ; LEG Member of Parliament 2023-06-04..
Yasar Guler / Yaşar Güler | يشار غولر, يشار جولر, ياشار غولر, ياشار جولر, يشار غولار, غولر | TUR | GOVMIL | MIL Commander of the Gendarmerie 2017-08-04..2018-07-10 ; MIL Chief of the General Staff 2018-07-10..2023-06-03 ; GOVMIL Minister of National Defence 2023-06-03..
# Military chiefs
Isik Kosaner / Işık Koşaner | إيشيك كوشانر, ايشق كوشانر, كوشانر | TUR | MIL | MIL Chief of the General Staff 2010-08-30..2011-07-29
Necdet Ozel / Necdet Özel | نجدت أوزال, نجدت أوزل, نجدت اوزال | TUR | MIL | MIL Chief of the General Staff 2011-08-04..2015-08-18
Metin Gurak / Metin Gürak | متين غوراك, متين جوراك, متين غورك, غوراك | TUR | MIL | MIL Chief of the General Staff 2023-06-03..
Umit Dundar / Ümit Dündar | أوميت دوندار, اوميت دوندار, أوميت دندار, دوندار | TUR | MIL | MIL Acting Chief of the General Staff 2016-07-15..2016-07-16 ; MIL Commander of the Land Forces 2018-08-02..2021-08-01
Akin Ozturk / Akın Öztürk | أكين أوزتورك, آكن أوزتورك, أكين اوزتورك, أوزتورك | TUR | MIL | MIL Commander of the Air Force 2013-08-01..2015-08-01
# Speakers of parliament
Cemil Cicek / Cemil Çiçek | جميل جيجك, جميل تشيتشك, جميل تشيشك, جيجك | TUR | LEG | LEG Speaker of the Grand National Assembly 2011-07-04..2015-06-23
Ismail Kahraman / İsmail Kahraman | إسماعيل قهرمان, اسماعيل قهرمان, قهرمان | TUR | LEG | LEG Speaker of the Grand National Assembly 2015-11-22..2018-07-07
Mustafa Sentop / Mustafa Şentop | مصطفى شنطوب, مصطفى شنتوب, مصطفى شن طوب, شنطوب, شنتوب | TUR | LEG | LEG Speaker of the Grand National Assembly 2019-02-24..2023-06-07
Numan Kurtulmus / Numan Kurtulmuş | نعمان قورتولموش, نعمان كورتولموش, نعمان قورتولمش, قورتولموش, كورتولموش | TUR | LEG | GOV Deputy Prime Minister 2014-08-29..2017-07-19 ; LEG Speaker of the Grand National Assembly 2023-06-07..
# Ministers and officials
Suleyman Soylu / Süleyman Soylu | سليمان صويلو, سليمان سويلو, صويلو, سويلو | TUR | GOV | GOV Minister of Labour and Social Security 2015-11-24..2016-08-31 ; GOV Minister of Interior 2016-08-31..2023-06-04
Ali Yerlikaya | علي يرلي قايا, علي يرليكايا, علي يرلي كايا, يرلي قايا, يرليكايا | TUR | GOV | GOV Governor of Istanbul 2018-10-26..2023-06-04 ; GOV Minister of Interior 2023-06-04..
Efkan Ala | أفكان آلا, افكان آلا, أفكان علاء, أفكان آلاء | TUR | GOV | GOV Minister of Interior 2013-12-25..2015-08-28 ; GOV Minister of Interior 2015-11-24..2016-08-31
Berat Albayrak | براءت ألبيرق, برات ألبيرق, براءت البيرق, برات البيرق, بيرات البيرق, بيرات ألبيرق, ~ألبيرق, ~البيرق, ألبايراك | TUR | GOV | GOV Minister of Energy 2015-11-24..2018-07-09 ; GOV Minister of Treasury and Finance 2018-07-10..2020-11-08
Mehmet Simsek / Mehmet Şimşek | محمد شيمشك, محمد شمشك, محمد شيمشيك, شيمشك, شمشك | TUR | GOV | GOV Minister of Finance 2009-05-01..2015-08-28 ; GOV Deputy Prime Minister 2015-11-24..2018-07-09 ; GOV Minister of Treasury and Finance 2023-06-04..
Ali Babacan | علي باباجان, علي بابا جان, باباجان | TUR | GOV | GOV Deputy Prime Minister 2009-05-01..2015-11-24 ; OPP Leader of the DEVA Party 2020-03-09..
Bulent Arinc / Bülent Arınç | بولنت أرينتش, بولنت أرنتش, بولنت ارينج, أرينتش, أرنتش | TUR | GOV | GOV Deputy Prime Minister 2009-05-01..2015-08-28
Ibrahim Kalin / İbrahim Kalın | إبراهيم قالن, ابراهيم قالن, إبراهيم كالين, إبراهيم كالن, قالن, كالين | TUR | GOV | GOV Presidential Spokesperson 2014-12-01..2023-06-05 ; GOVSPY Head of the National Intelligence Organisation (MIT) 2023-06-05..
Fahrettin Altun | فخر الدين ألطون, فخر الدين التون, فخرالدين ألطون, ألطون, التون | TUR | GOV | GOV Director of Communications 2018-07-24..
Omer Celik / Ömer Çelik | عمر جليك, عمر تشيليك, عمر شيليك, عمر تشيلك | TUR | GOV | GOV Minister of Culture and Tourism 2013-01-24..2015-08-28 ; GOV Minister of EU Affairs 2015-11-24..2018-07-09 ; GOV Spokesperson of the AK Party 2018-08-01..
Bekir Bozdag / Bekir Bozdağ | بكر بوزداغ, بكير بوزداغ, بوزداغ | TUR | GOV | GOV Minister of Justice 2013-12-25..2015-08-28 ; GOV Minister of Justice 2015-11-24..2017-07-19 ; GOV Minister of Justice 2022-01-29..2023-06-04
Abdulhamit Gul / Abdulhamit Gül | عبد الحميد غول, عبدالحميد غول, عبد الحميد جول, عبد الحميد غل, عبدالحميد غل | TUR | GOV | GOV Minister of Justice 2017-07-19..2022-01-29
Yilmaz Tunc / Yılmaz Tunç | يلماز تونج, يلماز طونج, يلمز تونج | TUR | GOV | GOV Minister of Justice 2023-06-04..
Hami Aksoy | حامي أقصوي, حامي أكسوي, حامي آقصوي, أقصوي, أكسوي | TUR | GOV | GOV Foreign Ministry Spokesperson 2018-01-01..2021-12-31
Tanju Bilgic / Tanju Bilgiç | طانجو بيلغيتش, تانجو بيلغيتش, تانجو بيلجيتش, بيلغيتش | TUR | GOV | GOV Foreign Ministry Spokesperson 2022-01-01..2023-12-31
Oncu Keceli / Öncü Keçeli | أونجو كتشيلي, أونجو كيتشيلي, أونجو كجلي, كتشيلي, كيتشيلي | TUR | GOV | GOV Foreign Ministry Spokesperson 2024-01-01..
Nureddin Nebati | نور الدين نباتي, نورالدين نباتي, ~نباتي | TUR | GOV | GOV Minister of Treasury and Finance 2021-12-02..2023-06-04
Lutfi Elvan / Lütfi Elvan | لطفي ألوان, لطفي إلفان, لطفي الوان, ~ألوان | TUR | GOV | GOV Minister of Transport 2013-12-25..2015-08-28 ; GOV Minister of Treasury and Finance 2020-11-10..2021-12-02
Mevlut Uysal | مولود أويصال, مولود اويسال | TUR | GOV | GOV Mayor of Istanbul 2017-09-28..2019-04-17
Mehmet Mus / Mehmet Muş | محمد موش, محمد مش | TUR | GOV | GOV Minister of Trade 2021-07-21..2023-06-04
Fatih Donmez / Fatih Dönmez | فاتح دونماز, فاتح دونمز | TUR | GOV | GOV Minister of Energy 2018-07-10..2023-06-04
Alparslan Bayraktar | ألب أرسلان بيرقدار, ألب ارسلان بيرقدار, ألبارسلان بيرقدار | TUR | GOV | GOV Minister of Energy 2023-06-04..
Selcuk Bayraktar / Selçuk Bayraktar | سلجوق بيرقدار, سلجوق بايراكتار | TUR | BUS | BUS Chief Technology Officer of Baykar 2014-01-01..
Ismail Demir / İsmail Demir | إسماعيل دمير, اسماعيل دمير, إسماعيل ديمير | TUR | GOVMIL | GOVMIL President of Defence Industries 2014-03-01..2023-08-01
Haluk Gorgun / Haluk Görgün | خلوق غورغون, هالوك غورغون, خلوق جورجون | TUR | GOVMIL | GOVMIL President of Defence Industries 2023-08-01..
Ali Erbas / Ali Erbaş | علي أرباش, علي ارباش, أرباش | TUR | GOV | GOV President of Religious Affairs (Diyanet) 2017-09-17..
Mehmet Gormez / Mehmet Görmez | محمد غورماز, محمد جورماز, محمد غورمز, غورماز | TUR | GOV | GOV President of Religious Affairs (Diyanet) 2010-11-11..2017-08-01
# Opposition and party leaders
Kemal Kilicdaroglu / Kemal Kılıçdaroğlu | كمال كليجدار أوغلو, كمال قليجدار أوغلو, كمال كيليتشدار أوغلو, كليجدار أوغلو, قليجدار أوغلو, كليتشدار أوغلو, كيليتشدار أوغلو | TUR | OPP | OPP Chairman of the Republican People's Party (CHP) 2010-05-22..2023-11-05
Ozgur Ozel / Özgür Özel | أوزغور أوزيل, أوزغور أوزال, أوزجور أوزيل, أوزغور اوزيل, أوزيل | TUR | OPP | OPP Chairman of the Republican People's Party (CHP) 2023-11-05..
Ekrem Imamoglu / Ekrem İmamoğlu | أكرم إمام أوغلو, أكرم امام أوغلو, أكرم إمام اوغلو, إمام أوغلو, امام اوغلو | TUR | OPP | OPP Mayor of Istanbul 2019-06-27..2025-03-23
Mansur Yavas / Mansur Yavaş | منصور يافاش, منصور ياواش, منصور يفاش, يافاش, ياواش | TUR | OPP | OPP Mayor of Ankara 2019-04-08..
Devlet Bahceli / Devlet Bahçeli | دولت بهجلي, دولت باهتشلي, دولت بهتشلي, دولت باغجلي, بهجلي, باهتشلي | TUR | LEG | LEG Chairman of the Nationalist Movement Party (MHP) 1997-07-06..
Meral Aksener / Meral Akşener | ميرال أكشينار, ميرال أكشنار, ميرال اكشنر, أكشينار, أكشنار | TUR | OPP | OPP Chair of the Good Party 2017-10-25..2024-04-28
Selahattin Demirtas / Selahattin Demirtaş | صلاح الدين دميرتاش, صلاح الدين دميرطاش, صلاح الدين ديميرتاش, دميرتاش, ديميرتاش | TUR | OPP | OPP Co-chair of the Peoples' Democratic Party (HDP) 2014-06-22..2018-02-11
Figen Yuksekdag / Figen Yüksekdağ | فيغن يوكسغداغ, فيغن يوكسك داغ, فيجن يوكسكداغ, فيغن يوكسكداغ, يوكسكداغ, يوكسغداغ | TUR | OPP | OPP Co-chair of the Peoples' Democratic Party (HDP) 2014-06-22..2017-05-21
Pervin Buldan | بروين بولدان, برفين بولدان, بيرفين بولدان, بولدان | TUR | OPP | OPP Co-chair of the Peoples' Democratic Party (HDP) 2018-02-11..2023-10-01
Sezai Temelli | سزائي تملي, سيزاي تميلي, سزاي تملي | TUR | OPP | OPP Co-chair of the Peoples' Democratic Party (HDP) 2018-02-11..2020-02-23
Mithat Sancar | مدحت سنجار, مدحت سانجار, ميتهات سانجار | TUR | OPP | OPP Co-chair of the Peoples' Democratic Party (HDP) 2020-02-23..2023-10-01
Tuncer Bakirhan / Tuncer Bakırhan | تونجر باكيرهان, تونجر بكرخان, تونجر باكرهان, باكيرهان | TUR | OPP | OPP Co-chair of the DEM Party 2023-10-22..
Tulay Hatimogullari / Tülay Hatimoğulları | تولاي حاتم أوغلاري, تولاي حاتيم أوغولاري, حاتم أوغلاري | TUR | OPP | OPP Co-chair of the DEM Party 2023-10-22..
Ahmet Turk / Ahmet Türk | أحمد ترك, أحمد تورك, احمد ترك | TUR | OPP | OPP Mayor of Mardin 2019-04-01..2024-11-04
Temel Karamollaoglu / Temel Karamollaoğlu | تمل كرم الله أوغلو, تمل قره ملا أوغلو, تيميل كارامولا أوغلو, كرم الله أوغلو | TUR | OPP | OPP Chairman of the Felicity Party 2016-10-30..2024-06-30
Muharrem Ince / Muharrem İnce | محرم إينجه, محرم اينجه, محرم إنجه, محرم إنجيه, إينجه, اينجه, إنجيه | TUR | OPP | OPP CHP presidential candidate 2018-05-04..2018-06-24 ; OPP Chairman of the Homeland Party 2021-05-17..
Sinan Ogan / Sinan Oğan | سنان أوغان, سنان اوغان, أوغان | TUR | OPP | OPP Presidential candidate 2023-03-01..2023-05-22
Umit Ozdag / Ümit Özdağ | أوميت أوزداغ, اوميت اوزداغ, أوزداغ | TUR | OPP | OPP Chairman of the Victory Party 2021-08-26..
Dogu Perincek / Doğu Perinçek | دوغو برينجك, دوغو بيرينتشيك, دوغو برنجك, برينجك | TUR | OPP | OPP Chairman of the Patriotic Party 1992-01-01..
Canan Kaftancioglu / Canan Kaftancıoğlu | جنان قفطانجي أوغلو, جانان كافتانجي أوغلو, قفطانجي أوغلو | TUR | OPP | OPP Istanbul Chair of the CHP 2018-01-14..2023-10-01
# Armed groups and movements
Abdullah Ocalan / Abdullah Öcalan | عبد الله أوجلان, عبدالله أوجلان, عبد الله اوجلان, أوجلان, اوجلان | TUR | TURREB | TURREB Founder of the PKK 1978-11-27..
Dilek Ocalan / Dilek Öcalan | ديليك أوجلان, ديلك أوجلان, ديليك اوجلان | TUR | OPP | OPP Member of Parliament (HDP) 2015-06-07..2018-06-24
Omer Ocalan / Ömer Öcalan | عمر أوجلان, عمر اوجلان, عمر أوجالان | TUR | OPP | OPP Member of Parliament (HDP/DEM) 2018-06-24..
Murat Karayilan / Murat Karayılan | مراد قره يلان, مراد قرايلان, مراد كارايلان, قره يلان, قرايلان | TUR | TURREB | TURREB PKK military commander 2004-01-01..
Cemil Bayik / Cemil Bayık | جميل بايك, جميل باييك, بايك | TUR | TURREB | TURREB Co-chair of the KCK executive 2013-07-01..
Duran Kalkan | دوران كالكان, دوران قالقان, كالكان | TUR | TURREB | TURREB PKK executive member 1980-01-01..
Besê Hozat / Bese Hozat | بسي هوزات, بيسه هوزات, هوزات | TUR | TURREB | TURREB Co-chair of the KCK executive 2013-07-01..
Fethullah Gulen / Fethullah Gülen | فتح الله غولن, فتح الله جولن, فتح الله كولن, فتحالله غولن, غولن, جولن, كولن | TUR | TUROPP | TUROPP Leader of the Gulen movement 1970-01-01..2024-10-20
Adil Oksuz / Adil Öksüz | عادل أوكسوز, عادل اوكسوز, أوكسوز | TUR | TUROPP | TUROPP Alleged coordinator of the 2016 coup attempt 2016-07-15..
Enis Berberoglu / Enis Berberoğlu | أنيس بربر أوغلو, انيس بربر اوغلو, بربر أوغلو | TUR | OPP | OPP Member of Parliament (CHP) 2015-06-07..
Osman Kavala | عثمان كافالا, عثمان قوالا, كافالا | TUR | CVL | CVL Businessman and activist 2017-11-01..
Andrew Brunson | أندرو برانسون, اندرو برونسون, أندرو برونسون, برانسون, برونسون, أندرو برنسون, برنسون | USA | USACVL | USACVL Pastor detained in Turkey 2016-10-07..2018-10-12
# Added
Omer Bolat / Ömer Bolat | عمر بولات, بولات | TUR | GOV | GOV Minister of Trade 2023-06-04..
Mehmet Ozhaseki / Mehmet Özhaseki | محمد أوزحسكي, محمد اوزهاسكي | TUR | GOV | GOV Minister of Environment and Urbanisation 2016-05-24..2018-07-09 ; GOV Minister of Environment and Urbanisation 2022-04-20..2023-06-04
# Added: central bank governors
Murat Cetinkaya / Murat Çetinkaya | مراد جتين قايا, مراد تشيتين كايا, مراد جتينكايا | TUR | GOV | GOV Governor of the Central Bank 2016-04-19..2019-07-06
Murat Uysal | مراد أويصال, مراد أويسال, مراد اويسال | TUR | GOV | GOV Governor of the Central Bank 2019-07-06..2020-11-07
Naci Agbal / Naci Ağbal | ناجي أغبال, ناجي آغبال, ناجي اغبال, أغبال | TUR | GOV | GOV Minister of Finance 2015-11-24..2018-07-09 ; GOV Governor of the Central Bank 2020-11-07..2021-03-20
Sahap Kavcioglu / Şahap Kavcıoğlu | شهاب قاوجي أوغلو, شهاب كافجي أوغلو, قاوجي أوغلو, كافجي أوغلو | TUR | GOV | GOV Governor of the Central Bank 2021-03-20..2023-06-09
Hafize Gaye Erkan | حفيظة غاية إركان, حفيظة غاية أركان, غاية إركان | TUR | GOV | GOV Governor of the Central Bank 2023-06-09..2024-02-03
Fatih Karahan | فاتح قره خان, فاتح كاراهان, قره خان | TUR | GOV | GOV Governor of the Central Bank 2024-02-03..
# Added from unlinked names in ANT news (2018)
Yasin Aktay | ياسين أقطاي, ياسين اقطاي, ياسين آقطاي, ياسين أكتاي | TUR | GOV | LEG Member of Parliament 2015-06-23..2018-07-07
Turan Kislakci / Turan Kışlakçı | توران كشلاقجي, توران قشلاقجي, كشلاقجي | TUR | MED |
# Added from unlinked names in ANT news (2018), second pass
Adnan Oktar | عدنان أوكتار, عدنان أكتار, أوكتار | TUR | REL |
"""
