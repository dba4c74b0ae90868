"""People of Egypt, North Africa, Sudan and the Horn, and the Arab League, 2010-2025
(table format: see people_gen.py)."""

ROWS = """
# Egypt: heads of state and government
Hosni Mubarak | حسني مبارك, محمد حسني مبارك, ~مبارك | EGY | GOV | GOV President of Egypt 1981-10-14..2011-02-11
Omar Suleiman | عمر سليمان, عمر محمود سليمان | EGY | GOV | GOVSPY Director of the General Intelligence Directorate 1993-01-22..2011-01-29 ; GOV Vice President 2011-01-29..2011-02-11
Mohamed Hussein Tantawi | محمد حسين طنطاوي, حسين طنطاوي, طنطاوي | EGY | GOVMIL | GOVMIL Minister of Defence 1991-05-20..2011-02-11 ; GOV Chairman of the Supreme Council of the Armed Forces 2011-02-11..2012-06-30 ; GOVMIL Minister of Defence 2012-06-30..2012-08-12
Sami Anan | سامي عنان, سامي حافظ عنان | EGY | MIL | MIL Chief of Staff of the Armed Forces 2005-01-01..2012-08-12
Mohamed Morsi | محمد مرسي, محمد محمد مرسي, ~مرسي | EGY | GOV | OPP Chairman of the Freedom and Justice Party 2011-04-30..2012-06-24 ; GOV President of Egypt 2012-06-30..2013-07-03 ; OPP Deposed president in detention 2013-07-03..2019-06-17
Adly Mansour | عدلي منصور, عدلي محمود منصور | EGY | GOV | GOV Interim President of Egypt 2013-07-04..2014-06-08
Abdel Fattah el-Sisi / Abdel Fattah al-Sisi | عبد الفتاح السيسي, عبدالفتاح السيسي, السيسي, عبد الفتاح سعيد السيسي | EGY | GOV | MIL Director of Military Intelligence 2010-01-01..2012-08-12 ; GOVMIL Minister of Defence 2012-08-12..2014-03-26 ; GOV President of Egypt 2014-06-08..
Ahmed Nazif | أحمد نظيف, احمد نظيف, أحمد محمود نظيف | EGY | GOV | GOV Prime Minister 2004-07-14..2011-01-29
Ahmed Shafik | أحمد شفيق, احمد شفيق, ~شفيق | EGY | GOV | GOV Prime Minister 2011-01-29..2011-03-03 ; OPP Presidential candidate 2012-04-01..2012-06-24
Essam Sharaf | عصام شرف, عصام عبد العزيز شرف | EGY | GOV | GOV Prime Minister 2011-03-03..2011-12-07
Kamal Ganzouri | كمال الجنزوري, الجنزوري | EGY | GOV | GOV Prime Minister 2011-12-07..2012-08-02
Hesham Qandil | هشام قنديل, هشام محمد قنديل, قنديل | EGY | GOV | GOV Prime Minister 2012-08-02..2013-07-16
Hazem el-Beblawi | حازم الببلاوي, الببلاوي | EGY | GOV | GOV Prime Minister 2013-07-16..2014-03-01
Ibrahim Mahlab | إبراهيم محلب, ابراهيم محلب, محلب | EGY | GOV | GOV Prime Minister 2014-03-01..2015-09-19
Sherif Ismail | شريف إسماعيل, شريف اسماعيل, شريف إسماعيل محمد | EGY | GOV | GOV Prime Minister 2015-09-19..2018-06-14
Mostafa Madbouly | مصطفى مدبولي, مدبولي | EGY | GOV | GOV Prime Minister 2018-06-14..
Mohamed ElBaradei | محمد البرادعي, البرادعي | EGY | GOV | IGOUNOIAE Director General of the IAEA 1997-12-01..2009-11-30 ; OPP Opposition leader 2010-02-01..2013-07-14 ; GOV Vice President 2013-07-14..2013-08-14
Amr El-Garhy | عمرو الجارحي, ~الجارحي | EGY | GOV | GOV Minister of Finance 2016-03-23..2018-06-14
Mohamed Maait | محمد معيط, معيط | EGY | GOV | GOV Minister of Finance 2018-06-14..2024-07-03
# Egypt: foreign and defence ministers, security chiefs, spokespeople
Nabil Elaraby / Nabil al-Arabi | نبيل العربي, نبيل عربي, نبيل العرابي | EGY | IGOMEAARL | GOV Minister of Foreign Affairs 2011-03-06..2011-07-01 ; IGOMEAARL Secretary-General of the Arab League 2011-07-03..2016-07-03
Mohamed Kamel Amr | محمد كامل عمرو, محمد كامل عمر, كامل عمرو | EGY | GOV | GOV Minister of Foreign Affairs 2011-07-17..2013-07-16
Nabil Fahmy | نبيل فهمي, نبيل إسماعيل فهمي | EGY | GOV | GOV Minister of Foreign Affairs 2013-07-16..2014-06-17
Sameh Shoukry | سامح شكري, ~شكري | EGY | GOV | GOV Minister of Foreign Affairs 2014-06-17..2024-07-03
Badr Abdelatty | بدر عبد العاطي, بدر عبدالعاطي | EGY | GOV | GOV Minister of Foreign Affairs 2024-07-03..
Sedki Sobhi | صدقي صبحي, صدقي صبحي سيد أحمد, صدقى صبحى | EGY | GOVMIL | MIL Chief of Staff of the Armed Forces 2012-08-12..2014-03-26 ; GOVMIL Minister of Defence 2014-03-26..2018-06-14
Mohamed Ahmed Zaki | محمد أحمد زكي | EGY | GOVMIL | MIL Commander of the Republican Guard 2012-08-01..2018-06-14 ; GOVMIL Minister of Defence 2018-06-14..2024-07-03
Abdel Mejid Saqr | عبد المجيد صقر, عبدالمجيد صقر | EGY | GOVMIL | GOVMIL Minister of Defence 2024-07-03..
Mahmoud Hegazy | محمود حجازي, محمود إبراهيم حجازي | EGY | MIL | MIL Chief of Staff of the Armed Forces 2014-03-27..2017-10-28
Mohamed Farid Hegazy | محمد فريد حجازي | EGY | MIL | MIL Chief of Staff of the Armed Forces 2017-10-28..2021-10-26
Osama Askar | أسامة عسكر, اسامة عسكر, أسامة ربيع عسكر, أسامة عسكر ربيع | EGY | MIL | MIL Chief of Staff of the Armed Forces 2021-10-26..2024-07-03
Ahmed Fathi Khalifa | أحمد فتحي خليفة, احمد فتحي خليفة | EGY | MIL | MIL Chief of Staff of the Armed Forces 2024-07-03..
Abbas Kamel | عباس كامل, عباس مصطفى كامل | EGY | GOVSPY | GOV Director of the Office of the President 2014-06-08..2018-01-18 ; GOVSPY Director of the General Intelligence Directorate 2018-01-18..2024-10-16
Hassan Rashad | حسن رشاد, حسن محمود رشاد | EGY | GOVSPY | GOVSPY Director of the General Intelligence Directorate 2024-10-16..
Khaled Fawzy | خالد فوزي, خالد محمود فوزي | EGY | GOVSPY | GOVSPY Director of the General Intelligence Directorate 2014-12-21..2018-01-18
Ahmed Abu Zeid | أحمد أبو زيد, احمد ابو زيد, أحمد حافظ أبو زيد | EGY | GOV | GOV Foreign Ministry Spokesperson 2016-01-01..2021-12-31
Bassam Radi | بسام راضي, بسام راضى, بسام محمد راضي | EGY | GOV | GOV Presidential Spokesperson 2017-01-01..2022-12-31
Saad El-Katatni | سعد الكتاتني, محمد سعد الكتاتني, الكتاتني | EGY | LEG | LEG Speaker of the People's Assembly 2012-01-23..2012-06-14
Ali Abdel Aal | علي عبد العال, علي عبدالعال | EGY | LEG | LEG Speaker of the House of Representatives 2016-01-10..2021-01-12
Hanafy El Gebaly | حنفي جبالي, حنفي الجبالي | EGY | LEG | LEG Speaker of the House of Representatives 2021-01-12..
Gamal Mubarak | جمال مبارك, جمال حسني مبارك | EGY | ELI | ELI Son of President Mubarak 2002-01-01..
Tarek Amer | طارق عامر, طارق حسن عامر | EGY | GOV | GOV Governor of the Central Bank of Egypt 2015-11-27..2022-08-17
Hassan Abdalla | حسن عبد الله, حسن عبدالله | EGY | GOV | GOV Governor of the Central Bank of Egypt 2022-08-18..
# Egypt: opposition, Brotherhood, religious leaders
Mohammed Badie | محمد بديع, ~بديع | EGY | OPP | OPP Supreme Guide of the Muslim Brotherhood 2010-01-16..
Khairat el-Shater | خيرت الشاطر, ~الشاطر | EGY | OPP | OPP Deputy Supreme Guide of the Muslim Brotherhood 2001-01-01..
Mahmoud Ezzat | محمود عزت, محمود عزت إبراهيم | EGY | OPP | OPP Acting Supreme Guide of the Muslim Brotherhood 2013-08-20..2020-08-28
Ibrahim Munir | إبراهيم منير, ابراهيم منير, إبراهيم منير أحمد | EGY | OPP | OPP Acting Supreme Guide of the Muslim Brotherhood 2020-09-01..2022-11-04
Hamdeen Sabahi | حمدين صباحي, ~صباحي | EGY | OPP | OPP Presidential candidate and leader of the Popular Current 2012-01-01..
Ayman Nour | أيمن نور, ايمن نور, أيمن عبد العزيز نور | EGY | OPP | OPP Leader of the Ghad al-Thawra Party 2011-01-01..
Abdel Moneim Aboul Fotouh | عبد المنعم أبو الفتوح, عبدالمنعم أبو الفتوح, أبو الفتوح | EGY | OPP | OPP Leader of the Strong Egypt Party 2012-01-01..
Ahmed el-Tayeb | أحمد الطيب, احمد الطيب, أحمد محمد الطيب | EGY | REL | REL Grand Imam of al-Azhar 2010-03-19..
Tawadros II / Pope Tawadros | تواضروس الثاني, تواضروس | EGY | REL | REL Coptic Orthodox Pope of Alexandria 2012-11-18..
Shawki Allam | شوقي علام, شوقي عبد الكريم علام | EGY | REL | REL Grand Mufti of Egypt 2013-03-04..2024-08-12
Nazir Ayyad | نظير عياد, نظير محمد عياد | EGY | REL | REL Grand Mufti of Egypt 2024-08-12..
Ali Gomaa | علي جمعة, علي جمعة محمد | EGY | REL | REL Grand Mufti of Egypt 2003-09-28..2013-03-04
Mortada Mansour | مرتضى منصور | EGY | LEG | LEG Member of the House of Representatives 2016-01-10..2021-01-12
# Arab League
Amr Moussa | عمرو موسى, عمرو محمود موسى | EGY | IGOMEAARL | IGOMEAARL Secretary-General of the Arab League 2001-05-15..2011-07-03 ; OPP Presidential candidate 2012-01-01..2012-05-24
Ahmed Aboul Gheit | أحمد أبو الغيط, احمد ابو الغيط, أبو الغيط, ابو الغيط | EGY | IGOMEAARL | GOV Minister of Foreign Affairs 2004-07-14..2011-03-06 ; IGOMEAARL Secretary-General of the Arab League 2016-07-03..
Hossam Zaki | حسام زكي, حسام الدين زكي | EGY | IGOMEAARL | IGOMEAARL Assistant Secretary-General of the Arab League 2016-07-03..
# Libya
Muammar Gaddafi | معمر القذافي, معمر القذافى, ~القذافي | LBY | GOV | GOV Leader of Libya 1969-09-01..2011-10-20
Saif al-Islam Gaddafi | سيف الإسلام القذافي, سيف الاسلام القذافي, سيف الإسلام | LBY | OPP | GOV Son and adviser of Muammar Gaddafi 2000-01-01..2011-11-19 ; OPP Presidential candidate 2021-11-14..
Moussa Koussa | موسى كوسا, موسى محمد كوسا | LBY | GOV | GOV Minister of Foreign Affairs 2009-03-04..2011-03-30
Baghdadi Mahmudi | البغدادي المحمودي, ~المحمودي | LBY | GOV | GOV Prime Minister 2006-03-05..2011-08-23
Mustafa Abdul Jalil | مصطفى عبد الجليل, مصطفى عبدالجليل | LBY | GOV | GOV Chairman of the National Transitional Council 2011-03-05..2012-08-08
Mahmoud Jibril | محمود جبريل, محمود جبريل الورفلي | LBY | GOV | GOV Chairman of the NTC Executive Board 2011-03-23..2011-10-23
Abdurrahim El-Keib | عبد الرحيم الكيب, عبدالرحيم الكيب, الكيب | LBY | GOV | GOV Prime Minister 2011-11-24..2012-11-14
Ali Zeidan | علي زيدان, علي زيدان محمد | LBY | GOV | GOV Prime Minister 2012-11-14..2014-03-11
Mohamed Magariaf | محمد المقريف, المقريف | LBY | LEG | LEG President of the General National Congress 2012-08-09..2013-05-28
Nouri Abusahmain | نوري بوسهمين, نوري أبو سهمين, بوسهمين | LBY | LEG | LEG President of the General National Congress 2013-06-25..2016-04-05
Abdullah al-Thani | عبد الله الثني, عبدالله الثني, ~الثني | LBY | GOV | GOV Prime Minister (eastern government from 2014) 2014-03-11..2021-03-15
Fayez al-Sarraj | فايز السراج, فائز السراج, ~السراج | LBY | GOV | GOV Chairman of the Presidential Council and Prime Minister of the GNA 2016-03-30..2021-03-15
Abdul Hamid Dbeibeh | عبد الحميد الدبيبة, عبدالحميد الدبيبة, الدبيبة, عبد الحميد دبيبة | LBY | GOV | GOV Prime Minister of the Government of National Unity 2021-03-15..
Mohamed al-Menfi | محمد المنفي, محمد يونس المنفي | LBY | GOV | GOV Chairman of the Presidential Council 2021-03-15..
Fathi Bashagha | فتحي باشاغا, باشاغا | LBY | GOV | GOV Minister of Interior of the GNA 2018-10-07..2021-03-15 ; GOV Prime Minister designated by the House of Representatives 2022-03-03..2023-05-16
Osama Hamad | أسامة حماد, اسامة حماد, أسامة سعد حماد | LBY | GOV | GOV Prime Minister of the eastern government 2023-05-16..
Aguila Saleh | عقيلة صالح, عقيلة صالح عيسى | LBY | LEG | LEG Speaker of the House of Representatives 2014-08-05..
Khalifa Haftar | خليفة حفتر, حفتر, خليفة بلقاسم حفتر | LBY | MIL | MIL Commander of the Libyan National Army 2015-03-02..
Saddam Haftar | صدام حفتر, صدام خليفة حفتر | LBY | MIL | MIL Commander in the Libyan National Army 2019-01-01..
Khaled al-Mishri | خالد المشري, المشري | LBY | LEG | LEG Chairman of the High Council of State 2018-04-08..2023-08-06
Mohamed Takala | محمد تكالة, تكالة | LBY | LEG | LEG Chairman of the High Council of State 2023-08-06..
Mohamed Taha Siala | محمد الطاهر سيالة, محمد سيالة, سيالة | LBY | GOV | GOV Minister of Foreign Affairs of the GNA 2016-01-01..2021-03-15
Najla Mangoush | نجلاء المنقوش, ~المنقوش | LBY | GOV | GOV Minister of Foreign Affairs 2021-03-15..2023-08-27
Abdelhakim Belhadj | عبد الحكيم بلحاج, عبدالحكيم بلحاج, بلحاج | LBY | LBYREB | LBYREB Commander of the Tripoli Military Council 2011-08-01..2012-05-01
Ahmed al-Mismari | أحمد المسماري, احمد المسماري, المسماري | LBY | MIL | MIL Spokesman of the Libyan National Army 2015..
# Sudan
Omar al-Bashir | عمر البشير, عمر حسن أحمد البشير, عمر حسن البشير | SDN | GOV | GOV President of Sudan 1989-06-30..2019-04-11
Ahmed Awad Ibn Auf | أحمد عوض بن عوف, احمد عوض ابن عوف, ابن عوف, بن عوف | SDN | GOVMIL | GOVMIL Minister of Defence 2015-03-01..2019-04-12 ; GOV Chairman of the Transitional Military Council 2019-04-11..2019-04-12
Abdel Fattah al-Burhan | عبد الفتاح البرهان, عبدالفتاح البرهان, ~البرهان | SDN | GOV | GOV Chairman of the Transitional Military Council 2019-04-12..2019-08-20 ; GOV Chairman of the Sovereignty Council 2019-08-21..
Mohamed Hamdan Dagalo / Hemedti | محمد حمدان دقلو, حميدتي, محمد حمدان دقلو حميدتي, دقلو | SDN | SDNMIL | MIL Commander of the Rapid Support Forces 2013-08-01..2019-08-21 ; GOV Deputy Chairman of the Sovereignty Council 2019-08-21..2023-04-15 ; MIL Commander of the Rapid Support Forces at war with the army 2023-04-15..
Abdalla Hamdok | عبد الله حمدوك, عبدالله حمدوك, حمدوك | SDN | GOV | GOV Prime Minister 2019-08-21..2021-10-25 ; GOV Prime Minister 2021-11-21..2022-01-02 ; OPP Head of the civilian coalition Tagadum 2023-10-26..
Bakri Hassan Saleh | بكري حسن صالح, بكري صالح | SDN | GOV | GOV First Vice President 2013-12-08..2019-02-23 ; GOV Prime Minister 2017-03-02..2018-09-09
Motazz Moussa | معتز موسى | SDN | GOV | GOV Prime Minister 2018-09-10..2019-02-23
Kamil Idris | كامل إدريس, كامل ادريس, كامل الطيب إدريس | SDN | GOV | GOV Prime Minister 2025-05-19..
Ali Karti | علي كرتي, علي أحمد كرتي, كرتي | SDN | GOV | GOV Minister of Foreign Affairs 2010-06-01..2015-06-07
Ibrahim Ghandour | إبراهيم غندور, ابراهيم غندور, غندور | SDN | GOV | GOV Minister of Foreign Affairs 2015-06-07..2018-04-19
Asma Mohamed Abdalla | أسماء محمد عبد الله, أسماء عبد الله | SDN | GOV | GOV Minister of Foreign Affairs 2019-09-05..2020-07-09
Mariam al-Mahdi / Mariam al-Sadiq al-Mahdi | مريم الصادق المهدي, مريم المهدي | SDN | GOV | GOV Minister of Foreign Affairs 2021-02-10..2021-10-25
Salah Gosh / Salah Abdallah Gosh | صلاح قوش, صلاح عبد الله قوش, قوش | SDN | GOVSPY | GOVSPY Director of the National Intelligence and Security Service 2018-02-11..2019-04-13
Sadiq al-Mahdi | الصادق المهدي, الصادق الصديق المهدي | SDN | OPP | OPP Leader of the National Umma Party 1964-11-01..2020-11-26
Abdel Aziz al-Hilu | عبد العزيز الحلو, عبدالعزيز الحلو | SDN | SDNREB | SDNREB Leader of the SPLM-North (al-Hilu faction) 2017-01-01..
Malik Agar | مالك عقار, مالك عقار إير | SDN | GOV | SDNREB Leader of the SPLM-North 2011-01-01..2020-10-03 ; GOV Deputy Chairman of the Sovereignty Council 2023-05-19..
Minni Minnawi | مني أركو مناوي, مني مناوي, مناوي | SDN | GOV | SDNREB Leader of the Sudan Liberation Movement (Minnawi) 2006-01-01..2021-06-01 ; GOV Governor of Darfur 2021-06-01..
Gibril Ibrahim | جبريل إبراهيم, جبريل ابراهيم, جبريل إبراهيم محمد | SDN | GOV | SDNREB Leader of the Justice and Equality Movement 2012-01-01..2021-02-08 ; GOV Minister of Finance 2021-02-08..
Yasser al-Atta | ياسر العطا, ياسر عبد الرحمن العطا | SDN | MIL | MIL Assistant Commander-in-Chief of the Armed Forces 2019-08-21..
Shams al-Din Kabbashi | شمس الدين كباشي, شمس الدين الكباشي, الكباشي | SDN | MIL | MIL Deputy Commander-in-Chief of the Armed Forces 2019-08-21..
# Tunisia
Zine El Abidine Ben Ali | زين العابدين بن علي, زين العابدين بن على | TUN | GOV | GOV President of Tunisia 1987-11-07..2011-01-14
Fouad Mebazaa | فؤاد المبزع, المبزع | TUN | GOV | GOV Acting President of Tunisia 2011-01-15..2011-12-13
Moncef Marzouki | المنصف المرزوقي, منصف المرزوقي, المرزوقي | TUN | GOV | GOV President of Tunisia 2011-12-13..2014-12-31
Beji Caid Essebsi | الباجي قائد السبسي, الباجي قايد السبسي, قائد السبسي, السبسي | TUN | GOV | GOV Prime Minister 2011-02-27..2011-12-24 ; GOV President of Tunisia 2014-12-31..2019-07-25
Mohamed Ennaceur | محمد الناصر | TUN | LEG | GOV Acting President of Tunisia 2019-07-25..2019-10-23 ; LEG Speaker of the Assembly of the Representatives of the People 2014-12-04..2019-11-13
Kais Saied | قيس سعيد, قيس سعيّد | TUN | GOV | CVL Professor of constitutional law ..2019-10-22 ; GOV President of Tunisia 2019-10-23..
Mohamed Ghannouchi | محمد الغنوشي, محمد غنوشي | TUN | GOV | GOV Prime Minister 1999-11-17..2011-02-27
Hamadi Jebali | حمادي الجبالي, الجبالي | TUN | GOV | GOV Prime Minister 2011-12-24..2013-03-14
Ali Laarayedh | علي العريض, علي لعريض | TUN | GOV | GOV Prime Minister 2013-03-14..2014-01-29
Mehdi Jomaa | مهدي جمعة, المهدي جمعة | TUN | GOV | GOV Prime Minister 2014-01-29..2015-02-06
Habib Essid | الحبيب الصيد, حبيب الصيد | TUN | GOV | GOV Prime Minister 2015-02-06..2016-08-27
Youssef Chahed | يوسف الشاهد, يوسف شاهد | TUN | GOV | GOV Prime Minister 2016-08-27..2020-02-27
Elyes Fakhfakh | إلياس الفخفاخ, الياس الفخفاخ, الفخفاخ | TUN | GOV | GOV Prime Minister 2020-02-27..2020-09-02
Hichem Mechichi | هشام المشيشي, المشيشي | TUN | GOV | GOV Prime Minister 2020-09-02..2021-07-25
Najla Bouden | نجلاء بودن, نجلاء بودن رمضان | TUN | GOV | GOV Prime Minister 2021-10-11..2023-08-01
Ahmed Hachani | أحمد الحشاني, احمد الحشاني, الحشاني | TUN | GOV | GOV Prime Minister 2023-08-01..2024-08-07
Kamel Madouri | كمال المدوري, المدوري | TUN | GOV | GOV Prime Minister 2024-08-07..2025-03-20
Sara Zaafrani Zenzri | سارة الزعفراني الزنزري, سارة الزعفراني | TUN | GOV | GOV Prime Minister 2025-03-21..
Rafik Abdessalem | رفيق عبد السلام, رفيق عبدالسلام | TUN | GOV | GOV Minister of Foreign Affairs 2011-12-24..2013-03-14
Othman Jerandi | عثمان الجرندي, الجرندي | TUN | GOV | GOV Minister of Foreign Affairs 2013-03-14..2014-01-29 ; GOV Minister of Foreign Affairs 2020-09-02..2023-02-07
Khemaies Jhinaoui | خميس الجهيناوي, الجهيناوي | TUN | GOV | GOV Minister of Foreign Affairs 2016-01-12..2019-10-29
Nabil Ammar | نبيل عمار, نبيل عمّار | TUN | GOV | GOV Minister of Foreign Affairs 2023-02-07..2024-08-25
Mohamed Ali Nafti | محمد علي النفطي, محمد علي نفطي | TUN | GOV | GOV Minister of Foreign Affairs 2024-08-25..
Abdelkarim Zbidi | عبد الكريم الزبيدي, عبدالكريم الزبيدي | TUN | GOVMIL | GOVMIL Minister of Defence 2011-01-27..2013-03-13 ; GOVMIL Minister of Defence 2017-09-12..2019-08-01
Rached Ghannouchi | راشد الغنوشي, الغنوشي | TUN | OPP | OPP Leader of Ennahda 1991-01-01..2019-11-13 ; LEG Speaker of the Assembly of the Representatives of the People 2019-11-13..2021-07-25 ; OPP Leader of Ennahda 2021-07-25..
Abir Moussi | عبير موسي, عبير الموسي | TUN | OPP | OPP Leader of the Free Destourian Party 2016-08-13..
Hamma Hammami | حمة الهمامي, حمه الهمامي, الهمامي | TUN | OPP | OPP Spokesman of the Popular Front 2012-10-07..
Nabil Karoui | نبيل القروي, نبيل قروي | TUN | OPP | OPP Leader of Heart of Tunisia 2019-06-01..
# Algeria
Abdelaziz Bouteflika | عبد العزيز بوتفليقة, عبدالعزيز بوتفليقة, بوتفليقة | DZA | GOV | GOV President of Algeria 1999-04-27..2019-04-02
Abdelkader Bensalah | عبد القادر بن صالح, عبدالقادر بن صالح | DZA | GOV | LEG President of the Council of the Nation 2002-07-02..2019-04-09 ; GOV Acting President of Algeria 2019-04-09..2019-12-19
Abdelmadjid Tebboune | عبد المجيد تبون, عبدالمجيد تبون, تبون | DZA | GOV | GOV Prime Minister 2017-05-25..2017-08-15 ; GOV President of Algeria 2019-12-19..
Ahmed Gaid Salah | أحمد قايد صالح, احمد قايد صالح, قايد صالح, أحمد قائد صالح | DZA | MIL | MIL Chief of Staff of the People's National Army 2004-08-03..2019-12-23
Said Chengriha | السعيد شنقريحة, سعيد شنقريحة, شنقريحة | DZA | MIL | MIL Chief of Staff of the People's National Army 2019-12-23..
Ahmed Ouyahia | أحمد أويحيى, احمد اويحيى, أويحيى | DZA | GOV | GOV Prime Minister 2008-06-23..2012-09-03 ; GOV Prime Minister 2017-08-15..2019-03-11
Abdelmalek Sellal | عبد المالك سلال, عبدالمالك سلال | DZA | GOV | GOV Prime Minister 2012-09-03..2017-05-24
Noureddine Bedoui | نور الدين بدوي, نورالدين بدوي | DZA | GOV | GOV Prime Minister 2019-03-11..2019-12-19
Abdelaziz Djerad | عبد العزيز جراد, عبدالعزيز جراد | DZA | GOV | GOV Prime Minister 2019-12-28..2021-06-30
Aymen Benabderrahmane | أيمن بن عبد الرحمن, ايمن بن عبد الرحمان, أيمن بن عبد الرحمان | DZA | GOV | GOV Prime Minister 2021-06-30..2023-11-11
Nadir Larbaoui | نذير العرباوي, العرباوي | DZA | GOV | GOV Prime Minister 2023-11-11..2025-08-28
Sifi Ghrieb | سيفي غريب, سيفي اغريب | DZA | GOV | GOV Prime Minister 2025-08-28..
Mourad Medelci | مراد مدلسي, مدلسي | DZA | GOV | GOV Minister of Foreign Affairs 2007-06-04..2013-09-11
Ramtane Lamamra | رمطان لعمامرة, لعمامرة | DZA | GOV | GOV Minister of Foreign Affairs 2013-09-11..2017-05-25 ; GOV Minister of Foreign Affairs 2021-07-07..2023-03-16 ; IGOUNO Personal Envoy of the UN Secretary-General for Sudan 2023-11-01..
Abdelkader Messahel | عبد القادر مساهل, عبدالقادر مساهل, مساهل | DZA | GOV | GOV Minister of Foreign Affairs 2017-05-25..2019-03-31
Sabri Boukadoum | صبري بوقادوم, بوقادوم | DZA | GOV | GOV Minister of Foreign Affairs 2019-04-01..2021-07-07
Ahmed Attaf | أحمد عطاف, احمد عطاف, عطاف | DZA | GOV | GOV Minister of Foreign Affairs 2023-03-16..
Mohamed Mediene / General Toufik | محمد مدين, الجنرال توفيق, محمد مدين توفيق | DZA | GOVSPY | GOVSPY Head of the Department of Intelligence and Security (DRS) 1990-09-04..2015-09-13
# Morocco
Mohammed VI of Morocco / King Mohammed VI | محمد السادس, محمد بن الحسن | MAR | GOV | GOV King of Morocco 1999-07-23..
Moulay Hassan / Crown Prince Moulay Hassan | مولاي الحسن, الحسن بن محمد | MAR | GOV | GOV Crown Prince 2003-05-08..
Abbas El Fassi | عباس الفاسي, عباس الفاسي الفهري | MAR | GOV | GOV Prime Minister 2007-09-19..2012-01-03
Nasser Zefzafi | ناصر الزفزافي, الزفزافي | MAR | OPP | OPP Leader of the Rif protest movement (Hirak) 2016-10-01..
Abdelilah Benkirane | عبد الإله بنكيران, عبد الاله بنكيران, عبدالإله بنكيران, بنكيران, بن كيران | MAR | GOV | GOV Head of Government 2012-01-03..2017-04-05
Saadeddine Othmani | سعد الدين العثماني, سعدالدين العثماني | MAR | GOV | GOV Minister of Foreign Affairs 2012-01-03..2013-10-10 ; GOV Head of Government 2017-04-05..2021-10-07
Aziz Akhannouch | عزيز أخنوش, عزيز اخنوش, أخنوش, اخنوش | MAR | GOV | GOV Minister of Agriculture 2007-10-15..2021-10-07 ; GOV Head of Government 2021-10-07..
Taieb Fassi Fihri | الطيب الفاسي الفهري, الطيب الفاسي | MAR | GOV | GOV Minister of Foreign Affairs 2007-10-15..2012-01-03
Salaheddine Mezouar | صلاح الدين مزوار, مزوار | MAR | GOV | GOV Minister of Foreign Affairs 2013-10-10..2017-04-05
Nasser Bourita | ناصر بوريطة, بوريطة | MAR | GOV | GOV Minister of Foreign Affairs 2017-04-05..
Abdellatif Loudiyi | عبد اللطيف لوديي, عبداللطيف لوديي, لوديي | MAR | GOVMIL | GOVMIL Minister Delegate for National Defence Administration 2010-07-29..
Yassine Mansouri | ياسين المنصوري, ~المنصوري | MAR | GOVSPY | GOVSPY Director General of Studies and Documentation (DGED) 2005-02-01..
Abdellatif Hammouchi | عبد اللطيف الحموشي, عبداللطيف الحموشي, الحموشي | MAR | GOVSPY | GOVSPY Director General of Territorial Surveillance (DGST) 2005-12-01..
Brahim Ghali | إبراهيم غالي, ابراهيم غالي, إبراهيم غالي مصطفى | ESH | NAFREB | NAFREB Secretary-General of the Polisario Front 2016-07-09..
Mohamed Abdelaziz (Polisario) {mohamed-abdelaziz-polisario} | محمد عبد العزيز, محمد عبدالعزيز | ESH | NAFREB | NAFREB Secretary-General of the Polisario Front 1976-08-30..2016-05-31
# Mauritania
Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز, محمد ولد عبدالعزيز, ولد عبد العزيز | MRT | GOV | GOV President of Mauritania 2009-08-05..2019-08-01
Mohamed Ould Ghazouani | محمد ولد الغزواني, محمد ولد الشيخ الغزواني, ولد الغزواني, الغزواني | MRT | GOV | MIL Chief of Staff of the Armed Forces 2008-08-01..2018-10-01 ; GOVMIL Minister of Defence 2018-10-01..2019-03-01 ; GOV President of Mauritania 2019-08-01..
Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد, اسماعيل ولد الشيخ احمد, ولد الشيخ أحمد | MRT | IGOUNO | IGOUNO UN Special Envoy for Yemen 2015-04-25..2018-02-28 ; GOV Minister of Foreign Affairs 2018-06-01..2020-08-09
Mohamed Salem Ould Merzouk | محمد سالم ولد مرزوك, ولد مرزوك | MRT | GOV | GOV Minister of Foreign Affairs 2020-08-09..
Mohamed Ould Bilal | محمد ولد بلال, ولد بلال | MRT | GOV | GOV Prime Minister 2020-08-06..2024-08-02
Mokhtar Ould Djay | المختار ولد اجاي, المختار ولد أجاي, ولد اجاي | MRT | GOV | GOV Prime Minister 2024-08-02..
# Somalia, Djibouti, Comoros
Sharif Sheikh Ahmed | شريف شيخ أحمد, شريف شيخ احمد, شيخ شريف شيخ أحمد, شيخ شريف | SOM | GOV | GOV President of Somalia 2009-01-31..2012-08-20
Hassan Sheikh Mohamud | حسن شيخ محمود, حسن شيخ محمد | SOM | GOV | GOV President of Somalia 2012-09-16..2017-02-16 ; GOV President of Somalia 2022-05-23..
Mohamed Abdullahi Farmaajo / Mohamed Abdullahi Mohamed | محمد عبد الله فرماجو, محمد عبدالله فرماجو, فرماجو, محمد عبد الله محمد | SOM | GOV | GOV Prime Minister 2010-11-01..2011-06-19 ; GOV President of Somalia 2017-02-16..2022-05-23
Hassan Ali Khaire | حسن علي خيري, حسن علي خيره | SOM | GOV | GOV Prime Minister 2017-03-01..2020-07-25
Mohamed Hussein Roble | محمد حسين روبلي, روبلي | SOM | GOV | GOV Prime Minister 2020-09-18..2022-06-26
Hamza Abdi Barre | حمزة عبدي بري, حمزة بري | SOM | GOV | GOV Prime Minister 2022-06-26..
Ahmed Abdi Godane | أحمد عبدي غودني, أحمد عبدي جودني, غودني | SOM | SOMREB | SOMREB Leader of al-Shabaab 2008-05-01..2014-09-01
Ahmed Umar Abu Ubaidah / Ahmad Umar | أحمد عمر أبو عبيدة, احمد عمر ابو عبيدة, أحمد ديري | SOM | SOMREB | SOMREB Leader of al-Shabaab 2014-09-06..
Ismail Omar Guelleh | إسماعيل عمر جيله, اسماعيل عمر جيله, إسماعيل عمر غيله | DJI | GOV | GOV President of Djibouti 1999-05-08..
Mahmoud Ali Youssouf | محمود علي يوسف | DJI | GOV | GOV Minister of Foreign Affairs 2005-07-01..2025-02-15 ; IGOAFRAFU Chairperson of the African Union Commission 2025-02-15..
Azali Assoumani | غزالي عثماني, عزالي عثماني | COM | GOV | GOV President of the Comoros 2016-05-26..
Ikililou Dhoinine | إكليل ظنين, اكليل ظنين, إكليلو ظنين, إكليل ذنين | COM | GOV | GOV President of the Comoros 2011-05-26..2016-05-26
# Added: more ministers
Mohamed El-Orabi | محمد العرابي, محمد عرابي | EGY | GOV | GOV Minister of Foreign Affairs 2011-06-26..2011-07-17
Ashour Bin Khayal | عاشور بن خيال, عاشور بوخيال, بن خيال | LBY | GOV | GOV Minister of Foreign Affairs 2011-11-22..2012-11-14
Mohamed Abdelaziz (Libya) {mohamed-abdelaziz-libya} | محمد عبد العزيز, محمد عبدالعزيز | LBY | GOV | GOV Minister of Foreign Affairs 2013-01-01..2014-09-28
Mohamed al-Dairi | محمد الدايري, محمد الديري, الدايري | LBY | GOV | GOV Minister of Foreign Affairs of the eastern government 2014-09-28..2017-06-01
Osama al-Juwaili | أسامة الجويلي, اسامة جويلي, الجويلي | LBY | MIL | GOVMIL Minister of Defence 2011-11-22..2012-11-14 ; MIL Commander of the Western Military Region 2016-01-01..
Abdel Rahim Mohammed Hussein | عبد الرحيم محمد حسين, عبدالرحيم محمد حسين | SDN | GOVMIL | GOVMIL Minister of Defence 2005-09-22..2015-06-08
Mongi Hamdi | المنجي الحامدي, منجي الحامدي | TUN | GOV | GOV Minister of Foreign Affairs 2014-01-29..2015-02-06
Taieb Baccouche | الطيب البكوش, الطيب بكوش, البكوش | TUN | GOV | GOV Minister of Foreign Affairs 2015-02-06..2016-01-12
Kamel Morjane | كمال مرجان, ~مرجان | TUN | GOV | GOVMIL Minister of Defence 2005-08-17..2010-01-14 ; GOV Minister of Foreign Affairs 2010-01-14..2011-01-27
Mouldi Kefi | المولدي الكافي, مولدي الكافي | TUN | GOV | GOV Minister of Foreign Affairs 2011-02-21..2011-12-24
Ridha Grira | رضا قريرة, رضا غريرة | TUN | GOVMIL | GOVMIL Minister of Defence 2010-01-14..2011-01-27
Noureddine Erray | نور الدين الري, نورالدين الري | TUN | GOV | GOV Minister of Foreign Affairs 2020-02-27..2020-07-24
Rachid Sabbagh | رشيد الصباغ, رشيد صباغ | TUN | GOVMIL | GOVMIL Minister of Defence 2013-03-13..2014-01-29
Ghazi Jeribi | غازي الجريبي, الجريبي | TUN | GOVMIL | GOVMIL Minister of Defence 2014-01-29..2015-02-06 ; GOV Minister of Justice 2016-08-27..2018-11-14
Farhat Horchani | فرحات الحرشاني, الحرشاني | TUN | GOVMIL | GOVMIL Minister of Defence 2015-02-06..2017-09-06
# Added: speakers of parliament
Habib El Malki | الحبيب المالكي, حبيب المالكي | MAR | LEG | LEG Speaker of the House of Representatives 2017-01-16..2021-10-08
Rachid Talbi Alami | رشيد الطالبي العلمي, رشيد طالبي علمي, الطالبي العلمي | MAR | LEG | LEG Speaker of the House of Representatives 2021-10-08..
Ibrahim Boughali | إبراهيم بوغالي, ابراهيم بوغالي, بوغالي | DZA | LEG | LEG President of the People's National Assembly 2021-07-08..
Brahim Bouderbala | إبراهيم بودربالة, ابراهيم بودربالة, بودربالة | TUN | LEG | LEG Speaker of the Assembly of the Representatives of the People 2023-03-13..
Mahmoud Tawfik | محمود توفيق, محمود توفيق عبد الجواد | EGY | GOV | GOV Minister of Interior 2018-06-14..
Rania al-Mashat | رانيا المشاط, رانيا محمود المشاط | EGY | GOV | GOV Minister of International Cooperation 2019-12-22..
# Added: Somali, Mauritanian and Djiboutian prime ministers; Sudanese foreign minister
Abdiweli Mohamed Ali | عبد الولي محمد علي, عبدالولي محمد علي, عبد الولي غاس | SOM | GOV | GOV Prime Minister of Somalia 2011-06-28..2012-10-17
Abdi Farah Shirdon | عبدي فارح شردون, عبدي فارح شيردون, شردون | SOM | GOV | GOV Prime Minister of Somalia 2012-10-17..2013-12-21
Abdiweli Sheikh Ahmed | عبد الولي شيخ أحمد, عبدالولي شيخ أحمد | SOM | GOV | GOV Prime Minister of Somalia 2013-12-21..2014-12-24
Omar Abdirashid Ali Sharmarke | عمر عبد الرشيد علي شرماركي, عمر عبد الرشيد شرماركي, شرماركي | SOM | GOV | GOV Prime Minister of Somalia 2009-02-14..2010-09-21 ; GOV Prime Minister of Somalia 2014-12-24..2017-03-01
Moulaye Ould Mohamed Laghdaf | مولاي ولد محمد لقظف, مولاي ولد محمد الأغظف, ولد محمد لقظف | MRT | GOV | GOV Prime Minister of Mauritania 2008-08-14..2014-08-20
Yahya Ould Hademine | يحيى ولد حدمين, يحي ولد حدمين, ولد حدمين | MRT | GOV | GOV Prime Minister of Mauritania 2014-08-20..2018-10-29
Mohamed Salem Ould Bechir / Mohamed Salem Ould Béchir | محمد سالم ولد البشير, محمد سالم ولد بشير | MRT | GOV | GOV Prime Minister of Mauritania 2018-10-29..2019-08-03
Ismail Ould Bedde Ould Cheikh Sidiya | إسماعيل ولد بده ولد الشيخ سيديا, اسماعيل ولد بده, إسماعيل ولد الشيخ سيديا | MRT | GOV | GOV Prime Minister of Mauritania 2019-08-03..2020-08-06
Dileita Mohamed Dileita | دليتا محمد دليتا, ديليتا محمد ديليتا | DJI | GOV | GOV Prime Minister of Djibouti 2001-03-04..2013-04-01
Abdoulkader Kamil Mohamed | عبد القادر كامل محمد, عبدالقادر كامل محمد | DJI | GOV | GOV Prime Minister of Djibouti 2013-04-01..
Al-Dirdiri Mohamed Ahmed | الدرديري محمد أحمد, الدرديري محمد احمد, الدرديري | SDN | GOV | GOV Minister of Foreign Affairs 2018-06-07..2019-04-11
# Added from unlinked names in ANT news (2018)
Hisham Genena | هشام جنينة, هشام جنينه, ~جنينة | EGY | OPP | GOV Head of the Central Auditing Organization 2012-09..2016-03-28
Moussa Mostafa Moussa | موسى مصطفى موسى | EGY | OPP | OPP Presidential candidate (Ghad Party) 2018-01-29..2018-04-02
Ines Abdel-Dayem | إيناس عبد الدايم, ايناس عبد الدايم, إيناس عبدالدايم | EGY | GOV | GOV Minister of Culture 2018-01-14..2022-08-13
Mostafa Waziri | مصطفى وزيري, مصطفى الوزيري | EGY | GOV | GOV Secretary-General of the Supreme Council of Antiquities 2017-01..
# Added from unlinked names in ANT news (2018, articles 3,000-12,000), second pass
Mohamed Beltagy | محمد البلتاجي, البلتاجي | EGY | OPP |
Essam el-Erian | عصام العريان | EGY | OPP |
Yosri Fouda | يسري فودة | EGY | MED |
Negad El-Borai | نجاد البرعي | EGY | CVL |
Tarek Shawki | طارق شوقي | EGY | GOV | GOV Minister of Education and Technical Education 2017-02-16..2022-08-13
Mahmoud Abu Zeid (Shawkan) | شوكان, محمود أبو زيد شوكان | EGY | MED |
Wael Abbas | وائل عباس | EGY | MED |
Souad Abderrahim | سعاد عبد الرحيم | TUN | GOV | GOV Mayor of Tunis 2018-07-03..2023-03
Haitham Mohamedain | هيثم محمدين | EGY | CVL |
Mouhcine Fikri | محسن فكري | MAR | CVL |
Anba Epiphanius | الأنبا إبيفانيوس, الأنبا ابيفانيوس, إبيفانيوس | EGY | REL |
Tarek El Molla | طارق الملا | EGY | GOV | GOV Minister of Petroleum 2015-09-19..2024-07-03
Mohab Mamish | مهاب مميش, مميش | EGY | GOV | MIL Commander of the Egyptian Navy 2001..2012-08-12 ; GOV Chairman of the Suez Canal Authority 2012-08-13..2019-08-27
Hisham Ashmawy | هشام عشماوي | EGY | REB | REB Jihadist commander in Egypt and Libya 2013..2020-03-04
Ibrahim Jadhran | إبراهيم الجضران, الجضران | LBY | REB |
Mahmoud Shaarawy | محمود شعراوي | EGY | GOV | GOV Minister of Local Development 2018-06-14..2024-07-03
Mohamed Brahmi | محمد البراهمي | TUN | OPP | OPP Member of the Constituent Assembly 2011-11-22..2013-07-25
Abdelbasset Ben Hamel | عبد الباسط بن هامل | LBY | CVL |
Abdullah al-Senussi | عبد الله السنوسي, عبدالله السنوسي | LBY | SPY |
Abdul Fattah Younis | عبد الفتاح يونس, عبد الفتاح يونس العبيدي | LBY | MIL |
Hisham Tawfik | هشام توفيق | EGY | GOV |
Ahmed Benbitour | أحمد بن بيتور | DZA | OPP | GOV Prime Minister of Algeria 1999-12-23..2000-08-27
"""
