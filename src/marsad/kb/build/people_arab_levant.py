"""People of Syria, Lebanon, Jordan, Palestine and Iraq, 2010-2025 (format: see people_gen.py)."""

ROWS = """
# Syria: Assad era
Bashar al-Assad | بشار الأسد, بشار الاسد, بشار حافظ الأسد, ~الأسد, ~الاسد | SYR | GOV | GOV President of Syria 2000-07-17..2024-12-08
Maher al-Assad | ماهر الأسد, ماهر الاسد, ماهر حافظ الأسد | SYR | MIL | MIL Commander of the Fourth Armoured Division 2000-01-01..2024-12-08
Asma al-Assad | أسماء الأسد, اسماء الأسد, أسماء الأخرس | SYR | GOV | GOV First Lady of Syria 2000-12-01..2024-12-08
Farouk al-Sharaa | فاروق الشرع | SYR | GOV | GOV Vice President 2006-02-21..2014-07-16
Najah al-Attar | نجاح العطار, نجاح عطار | SYR | GOV | GOV Vice President 2006-03-23..2024-12-08
Muhammad Naji al-Otari | محمد ناجي عطري, محمد ناجي العطري, ناجي عطري | SYR | GOV | GOV Prime Minister 2003-09-10..2011-04-14
Adel Safar | عادل سفر | SYR | GOV | GOV Prime Minister 2011-04-14..2012-06-23
Riyad Farid Hijab | رياض حجاب, رياض فريد حجاب | SYR | SYROPP | GOV Prime Minister 2012-06-23..2012-08-06 ; OPP Coordinator of the High Negotiations Committee 2015-12-10..2017-11-20
Wael al-Halqi | وائل الحلقي, الحلقي | SYR | GOV | GOV Prime Minister 2012-08-09..2016-07-03
Imad Khamis | عماد خميس, عماد محمد ديب خميس | SYR | GOV | GOV Prime Minister 2016-07-03..2020-06-11
Hussein Arnous | حسين عرنوس, حسين عرنوص | SYR | GOV | GOV Prime Minister 2020-06-11..2024-09-14
Mohammad Ghazi al-Jalali | محمد غازي الجلالي, محمد الجلالي, غازي الجلالي | SYR | GOV | GOV Prime Minister 2024-09-14..2024-12-10
Walid Muallem | وليد المعلم, ~المعلم, وليد معلم | SYR | GOV | GOV Minister of Foreign Affairs 2006-02-11..2020-11-16
Faisal Mekdad | فيصل المقداد, فيصل مقداد, ~المقداد | SYR | GOV | GOV Deputy Minister of Foreign Affairs 2006-01-01..2020-11-22 ; GOV Minister of Foreign Affairs 2020-11-22..2024-12-08
Bashar Jaafari / Bashar al-Jaafari | بشار الجعفري, بشار جعفري, ~الجعفري | SYR | GOV | GOV Permanent Representative to the United Nations 2006-07-01..2020-11-30 ; GOV Deputy Minister of Foreign Affairs 2020-11-30..2024-12-08
Bouthaina Shaaban | بثينة شعبان, بثينه شعبان | SYR | GOV | GOV Political and Media Adviser to the President 2008-07-01..2024-12-08
Ali Habib Mahmud | علي حبيب محمود | SYR | GOVMIL | GOVMIL Minister of Defence 2009-06-03..2011-08-08
Dawoud Rajiha | داود راجحة, داوود راجحة | SYR | GOVMIL | GOVMIL Minister of Defence 2011-08-08..2012-07-18
Fahd Jassem al-Freij | فهد جاسم الفريج, فهد الفريج, الفريج | SYR | GOVMIL | GOVMIL Minister of Defence 2012-07-18..2018-01-01
Ali Abdullah Ayyoub | علي عبد الله أيوب, علي عبدالله أيوب, علي أيوب | SYR | GOVMIL | MIL Chief of the General Staff 2012-07-18..2018-01-01 ; GOVMIL Minister of Defence 2018-01-01..2022-04-28
Ali Mahmoud Abbas | علي محمود عباس | SYR | GOVMIL | GOVMIL Minister of Defence 2022-04-28..2024-12-08
Ali Mamlouk | علي مملوك, ~مملوك | SYR | GOVSPY | GOVSPY Director of the General Intelligence Directorate 2005-01-01..2012-07-24 ; GOVSPY Head of the National Security Bureau 2012-07-24..2024-12-08
Jamil Hassan | جميل حسن, جميل الحسن | SYR | GOVSPY | GOVSPY Director of Air Force Intelligence 2009-01-01..2019-07-01
Hammouda Sabbagh | حمودة صباغ, حموده الصباغ, حمودة الصباغ | SYR | LEG | LEG Speaker of the People's Assembly 2017-09-28..2024-12-08
Mohammad Jihad al-Laham | محمد جهاد اللحام, جهاد اللحام | SYR | LEG | LEG Speaker of the People's Assembly 2011-05-24..2016-06-06
Suheil al-Hassan | سهيل الحسن, سهيل حسن | SYR | MIL | MIL Commander of the Tiger Forces 2013-01-01..2024-12-08
Issam Zahreddine | عصام زهر الدين, عصام زهرالدين | SYR | MIL | MIL Republican Guard commander in Deir ez-Zor 2013-01-01..2017-10-18
Ahmad Badreddin Hassoun | أحمد بدر الدين حسون, احمد بدر الدين حسون, بدر الدين حسون | SYR | REL | REL Grand Mufti of Syria 2005-07-01..2021-11-15
# Syria: transition after December 2024
Ahmed al-Sharaa / Abu Mohammad al-Julani / Abu Mohammad al-Jolani | أحمد الشرع, احمد الشرع, أبو محمد الجولاني, ابو محمد الجولاني, الجولاني, ~الشرع | SYR | SYRGOV | SYRREBMUS Leader of the al-Nusra Front 2012-01-23..2017-01-28 ; SYRREBMUS Leader of Hayat Tahrir al-Sham 2017-01-28..2024-12-07 ; SYRGOV De facto leader of Syria 2024-12-08..2025-01-29 ; SYRGOV President of Syria 2025-01-29..
Mohammed al-Bashir | محمد البشير | SYR | GOV | SYRREBMUS Head of the Syrian Salvation Government 2024-01-01..2024-12-10 ; GOV Prime Minister of the caretaker government 2024-12-10..2025-03-29
Asaad al-Shaibani | أسعد الشيباني, اسعد الشيباني, أسعد حسن الشيباني, الشيباني | SYR | GOV | GOV Minister of Foreign Affairs 2024-12-21..
Murhaf Abu Qasra | مرهف أبو قصرة, مرهف ابو قصرة, أبو قصرة | SYR | GOVMIL | SYRREBMUS Military commander of Hayat Tahrir al-Sham 2020-01-01..2024-12-08 ; GOVMIL Minister of Defence 2024-12-21..
Anas Khattab | أنس خطاب, انس خطاب, أنس حسن خطاب, أبو أحمد حدود | SYR | GOV | GOVSPY Director of General Intelligence 2024-12-26..2025-03-29 ; GOV Minister of Interior 2025-03-29..
# Syria: opposition, armed groups, Kurds
Burhan Ghalioun | برهان غليون, غليون | SYR | OPP | OPP Chairman of the Syrian National Council 2011-08-29..2012-06-10
Abdulbaset Sieda | عبد الباسط سيدا, عبدالباسط سيدا | SYR | OPP | OPP Chairman of the Syrian National Council 2012-06-10..2012-11-09
George Sabra | جورج صبرة, جورج صبره, جورج صبرا | SYR | OPP | OPP President of the Syrian National Council 2012-11-09..2014-01-01
Moaz al-Khatib | معاذ الخطيب, أحمد معاذ الخطيب | SYR | OPP | OPP President of the National Coalition 2012-11-11..2013-04-21
Ahmad Jarba | أحمد الجربا, احمد الجربا, أحمد عاصي الجربا, ~الجربا | SYR | OPP | OPP President of the National Coalition 2013-07-06..2014-07-09
Hadi al-Bahra | هادي البحرة, هادي البحره, هادي عبد الله البحرة | SYR | OPP | OPP President of the National Coalition 2014-07-09..2015-01-05 ; OPP Co-chair of the Constitutional Committee 2019-10-30..2023-09-12 ; OPP President of the National Coalition 2023-09-12..
Khaled Khoja | خالد خوجة, خالد خوجه, خالد خوجا | SYR | OPP | OPP President of the National Coalition 2015-01-05..2016-03-05
Anas al-Abdah | أنس العبدة, انس العبدة, أنس العبده, أنس عبدة | SYR | OPP | OPP President of the National Coalition 2016-03-05..2017-05-06 ; OPP President of the National Coalition 2019-07-12..2020-07-12
Riad Seif | رياض سيف | SYR | OPP | OPP President of the National Coalition 2017-05-06..2018-05-06
Abdulrahman Mustafa | عبد الرحمن مصطفى, عبدالرحمن مصطفى | SYR | OPP | OPP President of the National Coalition 2018-05-06..2019-07-12 ; OPP Head of the Syrian Interim Government 2019-07-12..2024-12-08
Nasr al-Hariri | نصر الحريري, نصر حريري | SYR | OPP | OPP Head of the Syrian Negotiation Commission 2017-11-24..2019-06-01 ; OPP President of the National Coalition 2020-07-12..2021-07-12
Salem al-Meslet | سالم المسلط, سالم عبد العزيز المسلط | SYR | OPP | OPP President of the National Coalition 2021-07-12..2023-09-12
Michel Kilo | ميشيل كيلو, ميشال كيلو | SYR | OPP | OPP Opposition writer 2011-01-01..2021-04-19
Riyad al-Asaad | رياض الأسعد, رياض الاسعد, رياض موسى الأسعد | SYR | SYRREB | SYRREB Founder of the Free Syrian Army 2011-07-29..2013-12-31
Salim Idris | سليم إدريس, سليم ادريس | SYR | SYRREB | SYRREB Chief of Staff of the Free Syrian Army 2012-12-07..2014-02-16 ; SYRREB Defence minister of the Syrian Interim Government 2019-01-01..2024-12-08
Zahran Alloush | زهران علوش, زهران عبد الله علوش | SYR | SYRREB | SYRREB Commander of Jaysh al-Islam 2013-09-29..2015-12-25
Mohammed Alloush | محمد علوش, محمد مصطفى علوش | SYR | SYRREB | SYRREB Chief negotiator of the armed opposition 2016-01-01..2018-01-01
Mazloum Abdi / Mazloum Kobani | مظلوم عبدي, مظلوم كوباني, مظلوم عبدي كوباني | SYR | SYRREB | SYRREB Commander-in-chief of the Syrian Democratic Forces 2015-10-10..
Salih Muslim | صالح مسلم, صالح مسلم محمد | SYR | SYRREB | SYRREB Co-chair of the Democratic Union Party (PYD) 2010-06-01..2017-09-26
Asya Abdullah | آسيا عبد الله, آسيا عبدالله | SYR | SYRREB | SYRREB Co-chair of the Democratic Union Party (PYD) 2012-01-01..2017-09-26
Ilham Ahmed | إلهام أحمد, الهام أحمد, إلهام احمد | SYR | SYRREB | SYRREB Co-chair of the Syrian Democratic Council 2016-12-01..
Redur Xelil / Redur Khalil | ريدور خليل, روديور خليل | SYR | SYRREB | SYRREB Spokesman of the YPG 2012-01-01..2018-01-01
Abu Bakr al-Baghdadi | أبو بكر البغدادي, ابو بكر البغدادي, أبوبكر البغدادي, ~البغدادي, إبراهيم عواد البدري | IRQ | IMGMUSISI | IMGMUSISI Leader of the Islamic State 2010-05-16..2019-10-27
Abu Ibrahim al-Hashimi al-Qurashi | أبو إبراهيم الهاشمي القرشي, ابو ابراهيم الهاشمي القرشي, أمير محمد سعيد عبد الرحمن المولى | IRQ | IMGMUSISI | IMGMUSISI Leader of the Islamic State 2019-10-31..2022-02-03
Abu al-Hasan al-Hashimi al-Qurashi | أبو الحسن الهاشمي القرشي, ابو الحسن الهاشمي القرشي, أبو الحسن القرشي | IRQ | IMGMUSISI | IMGMUSISI Leader of the Islamic State 2022-03-10..2022-10-15
Abu al-Husayn al-Husayni al-Qurashi | أبو الحسين الحسيني القرشي, ابو الحسين الحسيني القرشي, أبو الحسين القرشي | SYR | IMGMUSISI | IMGMUSISI Leader of the Islamic State 2022-11-30..2023-04-29
Abu Hafs al-Hashimi al-Qurashi | أبو حفص الهاشمي القرشي, ابو حفص الهاشمي القرشي, أبو حفص القرشي | IRQ | IMGMUSISI | IMGMUSISI Leader of the Islamic State 2023-08-03..
Abu Mohammad al-Adnani | أبو محمد العدناني, ابو محمد العدناني, العدناني, طه صبحي فلاحة | SYR | IMGMUSISI | IMGMUSISI Spokesman of the Islamic State 2011-01-01..2016-08-30
Abu Musab al-Zarqawi | أبو مصعب الزرقاوي, ابو مصعب الزرقاوي, الزرقاوي, أحمد فضيل نزال الخلايلة | JOR | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda in Iraq 2004-10-17..2006-06-07
Rami Abdulrahman / Rami Abdel Rahman | رامي عبد الرحمن, رامي عبدالرحمن | SYR | NGOHRI | NGOHRI Director of the Syrian Observatory for Human Rights 2006..
# Lebanon: state
Michel Suleiman / Michel Sleiman | ميشال سليمان, ميشيل سليمان | LBN | GOV | MIL Commander of the Lebanese Army 1998-12-21..2008-05-25 ; GOV President of Lebanon 2008-05-25..2014-05-25
Michel Aoun | ميشال عون, ميشيل عون, ~عون | LBN | GOV | LEG Leader of the Free Patriotic Movement 2005-05-07..2015-08-27 ; GOV President of Lebanon 2016-10-31..2022-10-30
Joseph Aoun | جوزيف عون, جوزف عون, جوزيف خليل عون | LBN | GOV | MIL Commander of the Lebanese Army 2017-03-08..2025-01-09 ; GOV President of Lebanon 2025-01-09..
Saad Hariri | سعد الحريري, سعد رفيق الحريري, ~الحريري | LBN | GOV | GOV Prime Minister 2009-11-09..2011-06-13 ; LEG Leader of the Future Movement 2011-06-13..2016-12-18 ; GOV Prime Minister 2016-12-18..2020-01-21
Rafic Hariri | رفيق الحريري, رفيق بهاء الدين الحريري, رفيق بهاء الحريري | LBN | GOV | GOV Prime Minister 2000-10-23..2004-10-21
Najib Mikati | نجيب ميقاتي, ميقاتي, نجيب عزمي ميقاتي | LBN | GOV | GOV Prime Minister 2011-06-13..2014-02-15 ; LEG Member of Parliament 2014-02-15..2021-09-10 ; GOV Prime Minister 2021-09-10..2025-02-08
Tammam Salam | تمام سلام, تمام صائب سلام | LBN | GOV | GOV Prime Minister 2014-02-15..2016-12-18
Hassan Diab | حسان دياب, ~دياب | LBN | GOV | GOV Prime Minister 2020-01-21..2021-09-10
Nawaf Salam | نواف سلام, نواف عبد الله سلام | LBN | GOV | GOV Permanent Representative to the United Nations 2007-07-01..2017-12-31 ; IGOUNOJUDICJ Judge of the International Court of Justice 2018-02-06..2025-01-14 ; GOV Prime Minister 2025-02-08..
Fouad Siniora | فؤاد السنيورة, فؤاد السنيوره, السنيورة, فؤاد عبد الباسط السنيورة | LBN | GOV | GOV Prime Minister 2005-07-19..2009-11-09 ; LEG Member of Parliament 2009-06-07..2018-05-06
Nabih Berri | نبيه بري, ~بري, نبيه مصطفى بري | LBN | LEG | LEG Speaker of the Parliament 1992-10-20..
Ali al-Shami | علي الشامي, علي حسين الشامي | LBN | GOV | GOV Minister of Foreign Affairs 2009-11-09..2011-06-13
Adnan Mansour | عدنان منصور, عدنان حسن منصور | LBN | GOV | GOV Minister of Foreign Affairs 2011-06-13..2014-02-15
Gebran Bassil | جبران باسيل, باسيل, جبران جرجي باسيل | LBN | GOV | GOV Minister of Energy and Water 2009-11-09..2014-02-15 ; GOV Minister of Foreign Affairs 2014-02-15..2020-01-21 ; LEG Leader of the Free Patriotic Movement 2020-01-21..
Nassif Hitti | ناصيف حتي, ناصيف يوسف حتي, ناصيف حتّي | LBN | GOV | GOV Minister of Foreign Affairs 2020-01-21..2020-08-03
Charbel Wehbe | شربل وهبة, شربل وهبه, شربل وهبي | LBN | GOV | GOV Minister of Foreign Affairs 2020-08-03..2021-05-19
Zeina Akar | زينة عكر, زينه عكر | LBN | GOVMIL | GOVMIL Minister of Defence 2020-01-21..2021-09-10
Abdallah Bou Habib | عبد الله بو حبيب, عبدالله بو حبيب, بو حبيب | LBN | GOV | GOV Minister of Foreign Affairs 2021-09-10..2025-02-08
Youssef Rajji / Youssef Raggi | يوسف رجي, يوسف راجي | LBN | GOV | GOV Minister of Foreign Affairs 2025-02-08..
Elias Murr | الياس المر, إلياس المر, الياس ميشال المر | LBN | GOVMIL | GOVMIL Minister of Defence 2005-07-19..2011-06-13
Fayez Ghosn | فايز غصن | LBN | GOVMIL | GOVMIL Minister of Defence 2011-06-13..2014-02-15
Samir Mokbel | سمير مقبل | LBN | GOVMIL | GOVMIL Deputy Prime Minister and Minister of Defence 2014-02-15..2016-12-18
Yaacoub Sarraf | يعقوب الصراف, يعقوب رياض الصراف | LBN | GOVMIL | GOVMIL Minister of Defence 2016-12-18..2019-01-31
Elias Bou Saab | الياس بو صعب, إلياس بو صعب, إلياس أبو صعب, الياس ابو صعب | LBN | GOVMIL | GOVMIL Minister of Defence 2019-01-31..2020-01-21 ; LEG Deputy Speaker of Parliament 2022-05-31..
Maurice Slim | موريس سليم | LBN | GOVMIL | GOVMIL Minister of Defence 2021-09-10..2025-02-08
Michel Menassa | ميشال منسى, ميشيل منسى | LBN | GOVMIL | GOVMIL Minister of Defence 2025-02-08..
Jean Kahwaji | جان قهوجي, قهوجي | LBN | MIL | MIL Commander of the Lebanese Army 2008-08-29..2017-03-08
Rodolphe Haykal | رودولف هيكل, ردولف هيكل | LBN | MIL | MIL Commander of the Lebanese Army 2025-03-13..
Abbas Ibrahim | عباس إبراهيم, عباس ابراهيم | LBN | GOVSPY | GOVSPY Director General of General Security 2011-07-18..2023-03-02
Riad Salameh | رياض سلامة, رياض سلامه, رياض توفيق سلامة | LBN | GOV | GOV Governor of the Banque du Liban 1993-08-01..2023-07-31
Walid Jumblatt | وليد جنبلاط, ~جنبلاط, وليد كمال جنبلاط | LBN | LEG | LEG Leader of the Progressive Socialist Party 1977-03-16..2023-06-25
Taymour Jumblatt | تيمور جنبلاط, تيمور وليد جنبلاط | LBN | LEG | LEG Leader of the Progressive Socialist Party 2023-06-25..
Samir Geagea | سمير جعجع, جعجع, سمير فريد جعجع | LBN | LEG | LEG Leader of the Lebanese Forces 1986-01-15..
Sleiman Frangieh | سليمان فرنجية, سليمان فرنجيه, فرنجية | LBN | LEG | LEG Leader of the Marada Movement 1990-01-01..
Bechara Boutros al-Rahi | بشارة بطرس الراعي, بشارة الراعي | LBN | REL | REL Maronite Patriarch 2011-03-15..
Abdul Latif Derian | عبد اللطيف دريان, عبداللطيف دريان, دريان | LBN | REL | REL Grand Mufti of Lebanon 2014-09-15..
Nohad Machnouk | نهاد المشنوق, نهاد مشنوق, ~المشنوق | LBN | GOV | GOV Minister of the Interior 2014-02-15..2019-01-31
# Lebanon: Hezbollah
Hassan Nasrallah | حسن نصر الله, حسن نصرالله, نصر الله, نصرالله, حسن عبد الكريم نصر الله | LBN | LBNREB | LBNREB Secretary-General of Hezbollah 1992-02-16..2024-09-27
Naim Qassem | نعيم قاسم, نعيم محمد قاسم | LBN | LBNREB | LBNREB Deputy Secretary-General of Hezbollah 1991-01-01..2024-10-29 ; LBNREB Secretary-General of Hezbollah 2024-10-29..
Hashem Safieddine | هاشم صفي الدين, صفي الدين | LBN | LBNREB | LBNREB Head of Hezbollah's Executive Council 2001-01-01..2024-10-03
Imad Mughniyeh | عماد مغنية, عماد مغنيه, عماد فايز مغنية, الحاج رضوان | LBN | LBNREB | LBNREB Hezbollah military commander 1982-01-01..2008-02-12
Mustafa Badreddine | مصطفى بدر الدين, مصطفى بدرالدين | LBN | LBNREB | LBNREB Hezbollah military commander 2008-02-12..2016-05-12
Fuad Shukr | فؤاد شكر, الحاج محسن | LBN | LBNREB | LBNREB Hezbollah senior military commander 2008-01-01..2024-07-30
Ibrahim Aqil | إبراهيم عقيل, ابراهيم عقيل, إبراهيم محمد عقيل | LBN | LBNREB | LBNREB Commander of Hezbollah's Radwan Force 2008-01-01..2024-09-20
Mohammad Raad | محمد رعد, محمد حسن رعد | LBN | LEG | LEG Head of the Loyalty to the Resistance bloc 2000-01-01..
Wafiq Safa | وفيق صفا | LBN | LBNREB | LBNREB Head of Hezbollah's Liaison and Coordination Unit 2000-01-01..
Mohammad Afif | محمد عفيف | LBN | LBNREB | LBNREB Hezbollah media relations chief 2014-01-01..2024-11-17
# Jordan
Abdullah II of Jordan / King Abdullah II | عبد الله الثاني, عبدالله الثاني, عبد الله الثاني بن الحسين, عبدالله الثاني ابن الحسين | JOR | GOV | GOV King of Jordan 1999-02-07..
Hussein bin Abdullah / Crown Prince Hussein of Jordan | الحسين بن عبد الله الثاني, الحسين بن عبدالله الثاني, الحسين بن عبد الله | JOR | GOV | GOV Crown Prince 2009-07-02..
Hamzah bin Hussein | حمزة بن الحسين, حمزه بن الحسين, حمزة بن الحسين بن طلال | JOR | ELI | GOV Crown Prince 1999-02-07..2004-11-28 ; ELI Royal accused in the 2021 sedition case 2021-04-03..
Rania of Jordan / Queen Rania | رانيا العبد الله, رانيا العبدالله, رانيا الياسين | JOR | GOV | GOV Queen of Jordan 1999-02-07..
Samir Rifai | سمير الرفاعي, سمير زيد الرفاعي, سمير رفاعي | JOR | GOV | GOV Prime Minister 2009-12-14..2011-02-09
Marouf al-Bakhit | معروف البخيت, معروف سليمان البخيت, البخيت | JOR | GOV | GOV Prime Minister 2011-02-09..2011-10-17
Awn Shawkat Al-Khasawneh | عون الخصاونة, عون شوكت الخصاونة | JOR | GOV | GOV Prime Minister 2011-10-24..2012-05-02
Fayez al-Tarawneh | فايز الطراونة, فايز طراونة, الطراونة | JOR | GOV | GOV Prime Minister 2012-05-02..2012-10-11 ; GOV Chief of the Royal Hashemite Court 2014-01-01..2018-06-01
Abdullah Ensour | عبد الله النسور, عبدالله النسور, عبد الله نسور | JOR | GOV | GOV Prime Minister 2012-10-11..2016-06-01
Hani Mulki | هاني الملقي, هاني فوزي الملقي, الملقي | JOR | GOV | GOV Prime Minister 2016-06-01..2018-06-04
Omar Razzaz | عمر الرزاز, الرزاز, عمر منيف الرزاز | JOR | GOV | GOV Prime Minister 2018-06-14..2020-10-07
Bisher Al-Khasawneh | بشر الخصاونة, بشر هاني الخصاونة | JOR | GOV | GOV Prime Minister 2020-10-07..2024-09-15
Jafar Hassan | جعفر حسان, جعفر عبد الحميد حسان | JOR | GOV | GOV Prime Minister 2024-09-15..
Nasser Judeh | ناصر جودة, ناصر جوده, ناصر سامي جودة | JOR | GOV | GOV Minister of Foreign Affairs 2009-02-23..2017-01-15
Ayman Safadi | أيمن الصفدي, ايمن الصفدي, ~الصفدي, أيمن حسين الصفدي | JOR | GOV | GOV Minister of Foreign Affairs 2017-01-15..
Yousef Huneiti | يوسف الحنيطي, يوسف أحمد الحنيطي | JOR | MIL | MIL Chairman of the Joint Chiefs of Staff 2019-07-01..
Jumana Ghunaimat | جمانة غنيمات, جمانه غنيمات, غنيمات | JOR | GOV | GOV Minister of State for Media Affairs 2018-06-14..2020-03
Atef Tarawneh | عاطف الطراونة, عاطف الطراونه | JOR | LEG | LEG Speaker of the House of Representatives 2013-11-03..2020-09-27
# Palestine: Palestinian Authority, PLO, Fatah
Mahmoud Abbas / Abu Mazen | محمود عباس, أبو مازن, ابو مازن, ~عباس | PSE | GOV | GOV Chairman of the PLO Executive Committee 2004-11-11..2005-01-15 ; GOV President of the Palestinian Authority 2005-01-15..
Salam Fayyad | سلام فياض, ~فياض, سلام خالد فياض | PSE | GOV | GOV Prime Minister of the Palestinian Authority 2007-06-15..2013-06-06
Rami Hamdallah | رامي الحمد الله, رامي الحمدالله | PSE | GOV | GOV Prime Minister of the Palestinian Authority 2013-06-06..2019-04-14
Mohammad Shtayyeh | محمد اشتية, محمد إشتية, اشتية, إشتية, محمد إبراهيم اشتية | PSE | GOV | GOV Prime Minister of the Palestinian Authority 2019-04-14..2024-03-31
Mohammad Mustafa | محمد مصطفى, محمد عبد الله مصطفى | PSE | GOV | GOV Prime Minister and Minister of Foreign Affairs of the Palestinian Authority 2024-03-31..
Riyad al-Maliki | رياض المالكي, رياض مالكي | PSE | GOV | GOV Minister of Foreign Affairs 2007-05-01..2024-03-31
Hussein al-Sheikh | حسين الشيخ | PSE | GOV | GOV Minister of Civil Affairs 2007-01-01..2022-05-01 ; GOV Secretary-General of the PLO Executive Committee 2022-05-01..2025-04-26 ; GOV Vice President of the State of Palestine 2025-04-26..
Saeb Erekat | صائب عريقات, عريقات, صائب محمد عريقات | PSE | GOV | GOV Chief Negotiator and PLO Secretary-General 2015-08-01..2020-11-10
Majed Faraj | ماجد فرج | PSE | GOVSPY | GOVSPY Head of the General Intelligence Service 2009-01-01..
Jibril Rajoub | جبريل الرجوب, الرجوب, جبريل محمد الرجوب | PSE | GOV | GOV Secretary of the Fatah Central Committee 2017-01-01..
Nabil Abu Rudeineh | نبيل أبو ردينة, نبيل ابو ردينة, أبو ردينة, نبيل يوسف أبو ردينة | PSE | GOV | GOV Presidential Spokesman 2005-01-15..
Riyad Mansour | رياض منصور, رياض حسن منصور | PSE | GOV | GOV Permanent Observer to the United Nations 2005-01-01..
Husam Zomlot | حسام زملط, زملط | PSE | GOV | GOV Head of the PLO Mission to the United States 2017-04-01..2018-09-10 ; GOV Head of the Palestinian Mission to the United Kingdom 2018-09-10..
Hanan Ashrawi | حنان عشراوي, عشراوي, حنان ميخائيل عشراوي | PSE | GOV | GOV Member of the PLO Executive Committee 2009-01-01..2020-12-09
Mustafa Barghouti | مصطفى البرغوثي, مصطفى برغوثي | PSE | OPP | OPP Secretary-General of the Palestinian National Initiative 2002-06-17..
Marwan Barghouti | مروان البرغوثي, مروان برغوثي | PSE | OPP | OPP Fatah leader imprisoned in Israel 2002-04-15..
Mohammed Dahlan | محمد دحلان, دحلان, محمد يوسف دحلان, أبو فادي دحلان | PSE | OPP | OPP Leader of the Fatah Democratic Reform Current 2011-06-12..
Nabil Shaath | نبيل شعث, نبيل علي شعث | PSE | GOV | GOV Adviser to the President on Foreign Affairs 2009-01-01..
Azzam al-Ahmad | عزام الأحمد, عزام الاحمد | PSE | GOV | GOV Member of the Fatah Central Committee 2009-08-01..
Mahmoud al-Aloul | محمود العالول, أبو جهاد العالول | PSE | GOV | GOV Deputy Chairman of Fatah 2017-02-15..
# Palestine: Hamas, Islamic Jihad, PFLP
Ismail Haniyeh | إسماعيل هنية, اسماعيل هنية, إسماعيل هنيه, هنية, هنيه, إسماعيل عبد السلام هنية, ~أبو العبد هنية | PSE | PSEREB | PSEGOV Prime Minister of the Palestinian Authority 2006-03-29..2007-06-14 ; PSEREB Head of the Hamas government in Gaza 2007-06-14..2014-06-02 ; PSEREB Head of the Hamas Political Bureau 2017-05-06..2024-07-31
Khaled Meshaal | خالد مشعل, ~مشعل, خالد عبد الرحيم مشعل, ~أبو الوليد مشعل | PSE | PSEREB | PSEREB Head of the Hamas Political Bureau 1996-01-01..2017-05-06 ; PSEREB Head of Hamas abroad 2021-04-01..
Yahya Sinwar | يحيى السنوار, يحيي السنوار, السنوار, يحيى إبراهيم السنوار, أبو إبراهيم السنوار | PSE | PSEREB | PSEREB Leader of Hamas in Gaza 2017-02-13..2024-08-06 ; PSEREB Head of the Hamas Political Bureau 2024-08-06..2024-10-16
Mohammed Sinwar | محمد السنوار, محمد إبراهيم السنوار | PSE | PSEREB | PSEREB Commander in the Qassam Brigades 2014-01-01..2025-05-13
Mohammed Deif | محمد الضيف, محمد ضيف, محمد دياب المصري, محمد دياب إبراهيم المصري, أبو خالد الضيف | PSE | PSEREB | PSEREB Commander of the Izz ad-Din al-Qassam Brigades 2002-09-01..2024-07-13
Marwan Issa | مروان عيسى | PSE | PSEREB | PSEREB Deputy commander of the Qassam Brigades 2012-01-01..2024-03-10
Saleh al-Arouri | صالح العاروري, العاروري, صالح محمد العاروري | PSE | PSEREB | PSEREB Deputy Head of the Hamas Political Bureau 2017-10-05..2024-01-02
Khalil al-Hayya | خليل الحية, خليل الحيه | PSE | PSEREB | PSEREB Deputy leader of Hamas in Gaza 2017-02-13..2024-10-16 ; PSEREB Head of Hamas in Gaza and chief negotiator 2024-10-16..
Mousa Abu Marzouk | موسى أبو مرزوق, موسى ابو مرزوق, أبو مرزوق, موسى محمد أبو مرزوق | PSE | PSEREB | PSEREB Deputy Head of the Hamas Political Bureau 1997-01-01..
Mahmoud al-Zahar | محمود الزهار, الزهار, محمود خالد الزهار | PSE | PSEREB | PSEREB Member of the Hamas Political Bureau 2006-01-01..
Osama Hamdan | أسامة حمدان, اسامة حمدان | PSE | PSEREB | PSEREB Hamas representative in Lebanon 1998-01-01..
Sami Abu Zuhri | سامي أبو زهري, سامي ابو زهري, أبو زهري | PSE | PSEREB | PSEREB Hamas spokesman 2006-01-01..
Fawzi Barhoum | فوزي برهوم, برهوم | PSE | PSEREB | PSEREB Hamas spokesman 2006-01-01..
Hazem Qassem | حازم قاسم | PSE | PSEREB | PSEREB Hamas spokesman 2017-01-01..
Abu Obeida | أبو عبيدة, ابو عبيدة, أبو عبيده | PSE | PSEREB | PSEREB Spokesman of the Qassam Brigades 2006-06-25..
Ghazi Hamad | غازي حمد, غازي أحمد حمد | PSE | PSEREB | PSEREB Member of the Hamas Political Bureau 2012-01-01..
Basem Naim | باسم نعيم | PSE | PSEREB | PSEREB Member of the Hamas Political Bureau 2021-01-01..
Izz al-Din al-Haddad | عز الدين الحداد, عزالدين الحداد | PSE | PSEREB | PSEREB Commander of the Qassam Brigades in Gaza City 2021-01-01..
Zaher Jabarin | زاهر جبارين | PSE | PSEREB | PSEREB Hamas leader in the West Bank 2024-01-01..
Ramadan Shalah | رمضان عبد الله شلح, رمضان شلح | PSE | PSEREB | PSEREB Secretary-General of Palestinian Islamic Jihad 1995-10-29..2018-09-28
Ziyad al-Nakhalah | زياد النخالة, زياد نخالة, النخالة | PSE | PSEREB | PSEREB Secretary-General of Palestinian Islamic Jihad 2018-09-28..
Daoud Shehab | داود شهاب | PSE | PSEREB | PSEREB Spokesman of Palestinian Islamic Jihad 2010-01-01..
Ahmad Sa'adat | أحمد سعدات, احمد سعدات, أحمد سعادات | PSE | PSEREB | PSEREB Secretary-General of the PFLP 2001-10-03..
# Iraq: presidents, prime ministers, ministers
Jalal Talabani | جلال طالباني, جلال الطالباني, مام جلال | IRQ | GOV | GOV President of Iraq 2005-04-07..2014-07-24
Fuad Masum | فؤاد معصوم, معصوم | IRQ | GOV | GOV President of Iraq 2014-07-24..2018-10-02
Barham Salih | برهم صالح, برهم أحمد صالح | IRQ | GOV | GOV Prime Minister of the Kurdistan Region 2009-10-28..2012-04-05 ; GOV President of Iraq 2018-10-02..2022-10-17
Abdul Latif Rashid | عبد اللطيف رشيد, عبداللطيف رشيد, عبد اللطيف جمال رشيد | IRQ | GOV | GOV President of Iraq 2022-10-17..
Nouri al-Maliki | نوري المالكي, نوري كامل المالكي, ~المالكي | IRQ | GOV | GOV Prime Minister 2006-05-20..2014-09-08 ; GOV Vice President 2014-09-09..2015-08-11 ; GOV Vice President 2016-10-10..2018-10-02 ; LEG Leader of the State of Law Coalition 2018-10-02..
Haider al-Abadi | حيدر العبادي, العبادي, حيدر جواد العبادي | IRQ | GOV | GOV Prime Minister 2014-09-08..2018-10-25 ; LEG Leader of the Victory Alliance 2018-10-25..
Adil Abdul-Mahdi | عادل عبد المهدي, عادل عبدالمهدي | IRQ | GOV | GOV Vice President 2005-04-07..2011-05-31 ; GOV Minister of Oil 2014-09-08..2016-03-31 ; GOV Prime Minister 2018-10-25..2020-05-07
Mustafa al-Kadhimi | مصطفى الكاظمي, الكاظمي, مصطفى عبد اللطيف الكاظمي, مصطفى مشتت | IRQ | GOV | GOVSPY Director of the Iraqi National Intelligence Service 2016-06-07..2020-05-07 ; GOV Prime Minister 2020-05-07..2022-10-27
Mohammed Shia al-Sudani | محمد شياع السوداني, محمد شياع, ~السوداني | IRQ | GOV | GOV Minister of Human Rights 2010-12-21..2014-09-08 ; GOV Minister of Labour and Social Affairs 2014-09-08..2018-10-25 ; GOV Prime Minister 2022-10-27..
Hoshyar Zebari | هوشيار زيباري, زيباري, هوشيار محمود زيباري | IRQ | GOV | GOV Minister of Foreign Affairs 2003-09-03..2014-09-08 ; GOV Minister of Finance 2014-10-18..2016-09-21
Ibrahim al-Jaafari | إبراهيم الجعفري, ابراهيم الجعفري, إبراهيم الأشيقر الجعفري, ~الجعفري | IRQ | GOV | GOV Minister of Foreign Affairs 2014-09-08..2018-10-25
Mohamed Ali Alhakim | محمد علي الحكيم | IRQ | GOV | GOV Permanent Representative to the United Nations 2010-01-01..2017-06-01 ; GOV Minister of Foreign Affairs 2018-10-25..2020-06-06
Fuad Hussein | فؤاد حسين, فؤاد محمد حسين | IRQ | GOV | GOV Minister of Finance 2018-10-25..2020-06-06 ; GOV Minister of Foreign Affairs 2020-06-06..
Saadoun al-Dulaimi | سعدون الدليمي | IRQ | GOVMIL | GOVMIL Acting Minister of Defence 2011-08-17..2014-09-08
Khaled al-Obaidi | خالد العبيدي, خالد متعب العبيدي | IRQ | GOVMIL | GOVMIL Minister of Defence 2014-10-18..2016-08-25
Erfan al-Hayali | عرفان الحيالي, عرفان محمود الحيالي | IRQ | GOVMIL | GOVMIL Minister of Defence 2017-01-30..2018-10-25
Najah al-Shammari | نجاح الشمري, نجاح حسن علي الشمري | IRQ | GOVMIL | GOVMIL Minister of Defence 2019-06-24..2020-05-07
Juma Inad | جمعة عناد, جمعة عناد سعدون | IRQ | GOVMIL | GOVMIL Minister of Defence 2020-06-06..2022-10-27
Thabet al-Abbasi | ثابت العباسي, ثابت محمد سعيد العباسي | IRQ | GOVMIL | GOVMIL Minister of Defence 2022-10-27..
Qasim al-Araji | قاسم الأعرجي, قاسم الاعرجي, الأعرجي, قاسم محمد جلال الأعرجي | IRQ | GOV | GOV Minister of Interior 2017-01-30..2018-10-25 ; GOV National Security Advisor 2020-07-04..
Falih al-Fayyadh | فالح الفياض, الفياض, فالح فيصل الفياض | IRQ | GOV | GOV National Security Advisor 2011-01-01..2020-07-04 ; MIL Chairman of the Popular Mobilization Forces 2014-06-15..
Abdul-Wahab al-Saadi / Abdul Wahab al-Saadi | عبد الوهاب الساعدي, عبدالوهاب الساعدي, الساعدي | IRQ | MIL | MIL Commander of the Counter-Terrorism Service 2020-05-10..
Iyad Allawi | إياد علاوي, اياد علاوي, علاوي, إياد هاشم علاوي | IRQ | GOV | GOV Vice President 2014-09-09..2015-08-11 ; GOV Vice President 2016-10-10..2018-10-02
Tariq al-Hashimi | طارق الهاشمي | IRQ | GOV | GOV Vice President 2006-04-22..2012-09-09
Osama al-Nujaifi | أسامة النجيفي, اسامة النجيفي, النجيفي, أسامة عبد العزيز النجيفي | IRQ | LEG | LEG Speaker of the Council of Representatives 2010-11-11..2014-07-15 ; GOV Vice President 2014-09-09..2015-08-11 ; GOV Vice President 2016-10-10..2018-10-02
Salim al-Jabouri | سليم الجبوري, ~الجبوري, سليم عبد الله الجبوري | IRQ | LEG | LEG Speaker of the Council of Representatives 2014-07-15..2018-09-03
Mohammed al-Halbousi | محمد الحلبوسي, محمد ريكان الحلبوسي, الحلبوسي | IRQ | LEG | GOV Governor of Anbar 2017-08-01..2018-09-15 ; LEG Speaker of the Council of Representatives 2018-09-15..2023-11-14
Mohsen al-Mandalawi | محسن المندلاوي, المندلاوي | IRQ | LEG | LEG Acting Speaker of the Council of Representatives 2023-11-14..2024-10-31
Mahmoud al-Mashhadani | محمود المشهداني, المشهداني | IRQ | LEG | LEG Speaker of the Council of Representatives 2006-04-22..2008-12-23 ; LEG Speaker of the Council of Representatives 2024-10-31..
Khamis al-Khanjar | خميس الخنجر, ~الخنجر, خميس فرحان الخنجر | IRQ | LEG | LEG Leader of the Sovereignty Alliance 2021-01-01..
Rafi al-Issawi | رافع العيساوي, العيساوي | IRQ | GOV | GOV Minister of Finance 2010-12-21..2013-03-01
# Iraq: Kurdistan Region
Masoud Barzani | مسعود البارزاني, مسعود بارزاني, البارزاني | IRQ | GOV | GOV President of the Kurdistan Region 2005-06-13..2017-11-01 ; LEG Leader of the Kurdistan Democratic Party 1979-01-01..
Nechirvan Barzani | نيجيرفان البارزاني, نيجيرفان بارزاني, نجيرفان بارزاني, نيجرفان البارزاني, نتشيرفان البارزاني, نيتشيرفان البارزاني, نتشيرفان بارزاني | IRQ | GOV | GOV Prime Minister of the Kurdistan Region 2012-03-05..2019-06-10 ; GOV President of the Kurdistan Region 2019-06-10..
Masrour Barzani | مسرور البارزاني, مسرور بارزاني, مسرور مسعود بارزاني | IRQ | GOV | GOVSPY Chancellor of the Kurdistan Region Security Council 2012-01-01..2019-07-10 ; GOV Prime Minister of the Kurdistan Region 2019-07-10..
Qubad Talabani | قباد طالباني, قباد الطالباني | IRQ | GOV | GOV Deputy Prime Minister of the Kurdistan Region 2014-06-18..
Bafel Talabani | بافل طالباني, بافل الطالباني | IRQ | LEG | LEG Co-leader then Leader of the Patriotic Union of Kurdistan 2020-02-01..
# Iraq: clerics and armed factions
Ali al-Sistani | علي السيستاني, السيستاني, علي الحسيني السيستاني | IRQ | REL | REL Grand Ayatollah in Najaf 1992-01-01..
Muqtada al-Sadr | مقتدى الصدر, ~الصدر, مقتدى محمد صادق الصدر | IRQ | REL | REL Leader of the Sadrist Movement 2003-04-01..
Ammar al-Hakim | عمار الحكيم, ~الحكيم, عمار عبد العزيز الحكيم | IRQ | LEG | LEG Leader of the Supreme Islamic Council 2009-09-01..2017-07-24 ; LEG Leader of the National Wisdom Movement 2017-07-24..
Abu Mahdi al-Muhandis | أبو مهدي المهندس, ابو مهدي المهندس, جمال جعفر آل إبراهيم, جمال جعفر محمد علي | IRQ | IRQMIL | IRQMIL Deputy Chairman of the Popular Mobilization Forces 2014-06-15..2020-01-03
Hadi al-Amiri | هادي العامري, ~العامري, هادي فرحان العامري | IRQ | IRQREB | GOV Minister of Transport 2010-12-21..2014-09-08 ; IRQREB Secretary-General of the Badr Organization 2003-01-01..
Qais al-Khazali | قيس الخزعلي, الخزعلي, قيس هادي الخزعلي | IRQ | IRQREB | IRQREB Secretary-General of Asa'ib Ahl al-Haq 2007-01-01..
Akram al-Kaabi | أكرم الكعبي, اكرم الكعبي, أكرم عباس الكعبي | IRQ | IRQREB | IRQREB Secretary-General of Harakat Hezbollah al-Nujaba 2013-01-01..
Abu Fadak al-Mohammedawi | أبو فدك المحمداوي, ابو فدك المحمداوي, عبد العزيز المحمداوي | IRQ | IRQMIL | IRQMIL Chief of Staff of the Popular Mobilization Forces 2020-02-20..
# Added: more Syrian, Iraqi, Druze and Palestinian figures
Abdul Qadir al-Obeidi | عبد القادر العبيدي, عبد القادر محمد جاسم العبيدي | IRQ | GOVMIL | GOVMIL Minister of Defence 2006-06-08..2010-12-21
Rami Makhlouf | رامي مخلوف, مخلوف, رامي محمد مخلوف | SYR | BUS | BUS Businessman, cousin of Bashar al-Assad 2000-01-01..
Manaf Tlass | مناف طلاس, طلاس | SYR | MIL | MIL Republican Guard brigade commander 2000-01-01..2012-07-06 ; OPP Defected general 2012-07-06..
Hikmat al-Hijri | حكمت الهجري | SYR | REL | REL Spiritual leader of the Druze of Syria 2012-01-01..
Mowafaq Tarif | موفق طريف | ISR | REL | REL Spiritual leader of the Druze in Israel 1993-01-01..
Hamid al-Shatri | حميد الشطري, الشطري | IRQ | GOVSPY | GOVSPY Director of the Iraqi National Intelligence Service 2022-11-01..
Abu Maria al-Qahtani | أبو ماريا القحطاني, ابو ماريا القحطاني, ميسر الجبوري | IRQ | SYRREBMUS | SYRREBMUS Senior leader of al-Nusra Front and Hayat Tahrir al-Sham 2012-01-01..2024-04-04
# Added: 2025 Syrian and Lebanese ministers, Iraqi interior, militia and Hamas/Hezbollah figures
Raed al-Saleh | رائد الصالح, رائد صالح | SYR | GOV | CVL Head of the Syrian Civil Defence (White Helmets) 2014-10-25..2025-03-29 ; GOV Minister of Emergencies and Disaster Management 2025-03-29..
Hind Kabawat | هند قبوات, هند كبوات | SYR | GOV | OPP Member of the Syrian Negotiation Commission 2016-01-01..2024-12-08 ; GOV Minister of Social Affairs and Labour 2025-03-29..
Mohammed Yisr Barnieh | محمد يسر برنية, محمد برنية, برنية | SYR | GOV | GOV Minister of Finance 2025-03-29..
Ahmad al-Hajjar | أحمد الحجار, احمد الحجار | LBN | GOV | GOV Minister of Interior 2025-02-08..
Yassine Jaber | ياسين جابر | LBN | GOV | GOV Minister of Finance 2025-02-08..
Abdul Amir al-Shammari | عبد الأمير الشمري, عبدالأمير الشمري, عبد الامير كامل الشمري | IRQ | GOV | GOV Minister of Interior 2022-10-27..
Abu Hussein al-Hamidawi | أبو حسين الحميداوي, ابو حسين الحميداوي, أحمد الحميداوي | IRQ | IRQREB | IRQREB Secretary-General of Kata'ib Hezbollah 2020-01-01..
Rawhi Mushtaha | روحي مشتهى, روحي مشتهي, مشتهى | PSE | PSEREB | PSEREB Head of the Hamas government in Gaza 2021-01-01..2024-10-03
Muhammad Darwish | محمد درويش, محمد إسماعيل درويش | PSE | PSEREB | PSEREB Head of the Hamas Shura Council 2021-01-01..
Nabil Qaouk | نبيل قاووق, قاووق | LBN | LBNREB | LBNREB Member of Hezbollah's Central Council 2000-01-01..2024-09-28
Hassan Fadlallah | حسن فضل الله, حسن فضلالله | LBN | LEG | LEG Hezbollah Member of Parliament 2005-01-01..
Sami Gemayel | سامي الجميل, سامي أمين الجميل | LBN | LEG | LEG Leader of the Kataeb Party 2015-06-14..
Amin Gemayel | أمين الجميل, امين الجميل | LBN | GOV | GOV President of Lebanon 1982-09-23..1988-09-22 ; LEG Leader of the Kataeb Party 2008-02-01..2015-06-14
# Added from unlinked names in ANT news (2018)
Mohamad Chatah | محمد شطح | LBN | GOV | GOV Minister of Finance 2008-07-11..2009-11-09
Ahmad Majdalani | أحمد مجدلاني, احمد مجدلاني, مجدلاني | PSE | GOV | GOV Minister of Social Development 2019-04-13..2024-03-31
Nariman Tamimi | ناريمان التميمي | PSE | CVL |
Gebran Tueni | جبران تويني | LBN | MED | LBNLEG Member of Parliament 2005-06..2005-12-12
Yaser Murtaja | ياسر مرتجى, ياسر مرتجي, ~مرتجى | PSE | MED |
Hisham al-Hashimi | هشام الهاشمي | IRQ | CVL |
"""
