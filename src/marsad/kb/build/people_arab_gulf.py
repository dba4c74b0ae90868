"""People of the Gulf states and Yemen, 2010-2025 (table format: see people_gen.py)."""

ROWS = """
# Saudi Arabia
Abdullah bin Abdulaziz Al Saud / King Abdullah of Saudi Arabia | عبد الله بن عبد العزيز, عبدالله بن عبدالعزيز, عبد الله بن عبد العزيز آل سعود, عبدالله بن عبد العزيز | SAU | GOV | GOV King of Saudi Arabia 2005-08-01..2015-01-23
Salman bin Abdulaziz Al Saud / King Salman | سلمان بن عبد العزيز, سلمان بن عبدالعزيز, سلمان بن عبد العزيز آل سعود, سلمان بن عبدالعزيز آل سعود | SAU | GOV | GOV Governor of Riyadh 1963-02-05..2011-11-05 ; GOV Crown Prince 2012-06-18..2015-01-23 ; GOVMIL Minister of Defence 2011-11-05..2015-01-23 ; GOV King of Saudi Arabia 2015-01-23..
Sultan bin Abdulaziz Al Saud | سلطان بن عبد العزيز, سلطان بن عبدالعزيز, سلطان بن عبد العزيز آل سعود | SAU | GOVMIL | GOVMIL Crown Prince and Minister of Defence 2005-08-01..2011-10-22
Nayef bin Abdulaziz Al Saud | نايف بن عبد العزيز, نايف بن عبدالعزيز, نايف بن عبد العزيز آل سعود | SAU | GOV | GOV Crown Prince and Minister of Interior 2011-10-27..2012-06-16
Muqrin bin Abdulaziz Al Saud | مقرن بن عبد العزيز, مقرن بن عبدالعزيز, مقرن بن عبد العزيز آل سعود | SAU | GOV | GOVSPY Director of the General Intelligence Presidency 2005-10-22..2012-07-19 ; GOV Deputy Crown Prince 2014-03-27..2015-01-23 ; GOV Crown Prince 2015-01-23..2015-04-29
Mohammed bin Nayef / Muhammad bin Nayef | محمد بن نايف, محمد بن نايف بن عبد العزيز, محمد بن نايف آل سعود, بن نايف | SAU | GOV | GOV Minister of Interior 2012-11-05..2017-06-21 ; GOV Deputy Crown Prince 2015-01-23..2015-04-29 ; GOV Crown Prince 2015-04-29..2017-06-21
Mohammed bin Salman / Muhammad bin Salman / MBS | محمد بن سلمان, محمد بن سلمان بن عبد العزيز, محمد بن سلمان آل سعود, بن سلمان, محمد بن سلمان بن عبدالعزيز | SAU | GOV | GOVMIL Minister of Defence 2015-01-23..2017-06-21 ; GOV Crown Prince and Minister of Defence 2017-06-21..2022-09-27 ; GOV Crown Prince and Prime Minister 2022-09-27..
Khalid bin Salman | خالد بن سلمان, خالد بن سلمان بن عبد العزيز, خالد بن سلمان آل سعود | SAU | GOVMIL | GOV Ambassador to the United States 2017-04-22..2019-02-23 ; GOVMIL Deputy Minister of Defence 2019-02-23..2022-09-27 ; GOVMIL Minister of Defence 2022-09-27..
Abdulaziz bin Salman | عبد العزيز بن سلمان, عبدالعزيز بن سلمان, عبد العزيز بن سلمان آل سعود | SAU | GOV | GOV Minister of Energy 2019-09-08..
Saud al-Faisal | سعود الفيصل, سعود الفيصل بن عبد العزيز | SAU | GOV | GOV Minister of Foreign Affairs 1975-10-13..2015-04-29
Adel al-Jubeir | عادل الجبير, عادل بن أحمد الجبير, الجبير | SAU | GOV | GOV Ambassador to the United States 2007-02-01..2015-04-29 ; GOV Minister of Foreign Affairs 2015-04-29..2018-12-27 ; GOV Minister of State for Foreign Affairs 2018-12-27..
Ibrahim al-Assaf / Ibrahim Abdulaziz Al-Assaf | إبراهيم العساف, ابراهيم العساف, إبراهيم بن عبد العزيز العساف, العساف | SAU | GOV | GOV Minister of Finance 1996-01-01..2016-11-01 ; GOV Minister of Foreign Affairs 2018-12-27..2019-10-23
Faisal bin Farhan Al Saud | فيصل بن فرحان, فيصل بن فرحان آل سعود, فيصل بن فرحان بن عبد الله | SAU | GOV | GOV Ambassador to Germany 2019-02-01..2019-10-23 ; GOV Minister of Foreign Affairs 2019-10-23..
Bandar bin Sultan | بندر بن سلطان, بندر بن سلطان بن عبد العزيز | SAU | GOVSPY | GOV Secretary-General of the National Security Council 2005-10-16..2015-01-29 ; GOVSPY Director of the General Intelligence Presidency 2012-07-19..2014-04-15
Turki al-Faisal | تركي الفيصل, تركي الفيصل بن عبد العزيز | SAU | GOV | GOV Chairman of the King Faisal Center for Research and Islamic Studies 2005-01-01..
Khalid bin Ali al-Humaidan | خالد الحميدان, خالد بن علي الحميدان, الحميدان | SAU | GOVSPY | GOVSPY Director of the General Intelligence Presidency 2015-01-29..
Ahmed Asiri / Ahmed al-Asiri | أحمد عسيري, أحمد العسيري, احمد عسيري, العسيري | SAU | MIL | MIL Spokesman of the Saudi-led coalition in Yemen 2015-03-26..2017-04-22 ; GOVSPY Deputy Head of the General Intelligence Presidency 2017-04-22..2018-10-20
Turki al-Maliki | تركي المالكي, تركي بن صالح المالكي | SAU | MIL | MIL Spokesman of the Saudi-led coalition in Yemen 2017-05-01..
Saud al-Qahtani | سعود القحطاني, ~القحطاني | SAU | GOV | GOV Adviser at the Royal Court 2015-01-01..2018-10-20
Abdulaziz bin Saud bin Nayef | عبد العزيز بن سعود بن نايف, عبدالعزيز بن سعود بن نايف, عبد العزيز بن سعود | SAU | GOV | GOV Minister of Interior 2017-06-21..
Mohammed al-Jadaan | محمد الجدعان, محمد بن عبد الله الجدعان, الجدعان | SAU | GOV | GOV Minister of Finance 2016-11-01..
Khalid al-Falih | خالد الفالح, خالد بن عبد العزيز الفالح, الفالح | SAU | GOV | BUS Chief Executive of Saudi Aramco 2009-01-01..2015-05-01 ; GOV Minister of Energy 2016-05-07..2019-09-08 ; GOV Minister of Investment 2020-02-25..
Ali al-Naimi | علي النعيمي, علي بن إبراهيم النعيمي | SAU | GOV | GOV Minister of Petroleum 1995-08-01..2016-05-07
Amin Nasser | أمين الناصر, أمين حسن الناصر | SAU | BUS | BUS Chief Executive of Saudi Aramco 2015-09-01..
Fayyad al-Ruwaili | فياض الرويلي, فياض بن حامد الرويلي, الرويلي | SAU | MIL | MIL Chief of the General Staff 2018-02-26..
Alwaleed bin Talal | الوليد بن طلال, الوليد بن طلال بن عبد العزيز | SAU | BUS | BUS Chairman of Kingdom Holding 1980-01-01..
Jamal Khashoggi | جمال خاشقجي, خاشقجي, جمال أحمد خاشقجي | SAU | MED | MED Journalist 1983-01-01..2018-10-02
Loujain al-Hathloul | لجين الهذلول, الهذلول, لجين هذلول | SAU | OPP | OPP Women's rights activist 2013-01-01..
Samar Badawi | سمر بدوي, سمر محمد بدوي | SAU | OPP | OPP Women's rights activist 2010-01-01..
Raif Badawi | رائف بدوي, رائف محمد بدوي | SAU | OPP | OPP Blogger 2008-01-01..
Manal al-Sharif | منال الشريف, منال مسعود الشريف | SAU | OPP | OPP Women's rights activist 2011-01-01..
Abdulaziz Al ash-Sheikh | عبد العزيز بن عبد الله آل الشيخ, عبد العزيز آل الشيخ, عبدالعزيز آل الشيخ | SAU | REL | REL Grand Mufti of Saudi Arabia 1999-06-15..2025-09-23
Salman al-Ouda | سلمان العودة, سلمان بن فهد العودة | SAU | OPP | OPP Cleric detained since 2017 2017-09-10..
Mohammed bin Abdulkarim al-Issa | محمد العيسى, محمد بن عبد الكريم العيسى | SAU | NGO | NGO Secretary-General of the Muslim World League 2016-08-01..
Abdulrahman al-Rashed | عبد الرحمن الراشد, عبدالرحمن الراشد | SAU | MED | MED Journalist, former general manager of Al Arabiya 2004-01-01..
# United Arab Emirates
Khalifa bin Zayed Al Nahyan | خليفة بن زايد, خليفة بن زايد آل نهيان, خليفة بن زايد بن سلطان آل نهيان | ARE | GOV | GOV President of the UAE 2004-11-03..2022-05-13
Mohamed bin Zayed Al Nahyan / MBZ | محمد بن زايد, محمد بن زايد آل نهيان, بن زايد | ARE | GOV | GOV Crown Prince of Abu Dhabi 2004-11-02..2022-05-14 ; GOV President of the UAE 2022-05-14..
Mohammed bin Rashid Al Maktoum | محمد بن راشد, محمد بن راشد آل مكتوم, بن راشد | ARE | GOV | GOV Vice President, Prime Minister and Ruler of Dubai 2006-01-04..
Hamdan bin Mohammed Al Maktoum | حمدان بن محمد, حمدان بن محمد بن راشد, حمدان بن محمد آل مكتوم | ARE | GOV | GOV Crown Prince of Dubai 2008-02-01..2024-07-14 ; GOVMIL Deputy Prime Minister and Minister of Defence 2024-07-14..
Abdullah bin Zayed Al Nahyan | عبد الله بن زايد, عبدالله بن زايد, عبد الله بن زايد آل نهيان | ARE | GOV | GOV Minister of Foreign Affairs 2006-02-09..
Mansour bin Zayed Al Nahyan | منصور بن زايد, منصور بن زايد آل نهيان, منصور بن زايد بن سلطان آل نهيان | ARE | GOV | GOV Deputy Prime Minister 2009-05-11..2023-03-29 ; GOV Vice President 2023-03-29..
Tahnoun bin Zayed Al Nahyan | طحنون بن زايد, طحنون بن زايد آل نهيان, طحنون بن زايد بن سلطان آل نهيان | ARE | GOV | GOV National Security Advisor 2016-02-01..
Khaled bin Mohamed bin Zayed | خالد بن محمد بن زايد, خالد بن محمد بن زايد آل نهيان | ARE | GOV | GOVSPY Deputy National Security Advisor 2016-02-01..2023-03-29 ; GOV Crown Prince of Abu Dhabi 2023-03-29..
Anwar Gargash | أنور قرقاش, انور قرقاش, قرقاش, أنور محمد قرقاش | ARE | GOV | GOV Minister of State for Foreign Affairs 2008-02-17..2021-02-10 ; GOV Diplomatic Adviser to the President 2021-02-10..
Mohammed bin Ahmed Al Bowardi | محمد بن أحمد البواردي, محمد البواردي, البواردي | ARE | GOVMIL | GOVMIL Minister of State for Defence Affairs 2016-02-10..
Sultan Al Jaber | سلطان الجابر, سلطان أحمد الجابر, سلطان بن أحمد الجابر | ARE | GOV | GOV Minister of Industry and Advanced Technology 2020-07-05.. ; GOV President of COP28 2023-01-12..2024-11-11
Reem Al Hashimy | ريم الهاشمي, ريم بنت إبراهيم الهاشمي | ARE | GOV | GOV Minister of State for International Cooperation 2016-02-10..
Lana Nusseibeh | لانا نسيبة, لانا زكي نسيبة | ARE | GOV | GOV Permanent Representative to the United Nations 2013-09-01..2024-02-01 ; GOV Assistant Minister for Political Affairs 2021-01-01..
Khalifa Shaheen Al Marar | خليفة شاهين المرر, خليفة المرر | ARE | GOV | GOV Minister of State 2021-09-01..
Dhahi Khalfan | ضاحي خلفان, ضاحي خلفان تميم | ARE | COP | COP Commander-in-Chief of Dubai Police 1980-01-01..2013-11-01
Hamad Mohammed Al Rumaithi | حمد محمد الرميثي, حمد الرميثي | ARE | MIL | MIL Chief of Staff of the Armed Forces 2011-01-01..2024-03-01
# Qatar
Hamad bin Khalifa Al Thani | حمد بن خليفة, حمد بن خليفة آل ثاني, حمد بن خليفة بن حمد آل ثاني | QAT | GOV | GOV Emir of Qatar 1995-06-27..2013-06-25
Tamim bin Hamad Al Thani | تميم بن حمد, تميم بن حمد آل ثاني, تميم بن حمد بن خليفة آل ثاني | QAT | GOV | GOV Heir Apparent 2003-08-05..2013-06-25 ; GOV Emir of Qatar 2013-06-25..
Hamad bin Jassim Al Thani / HBJ | حمد بن جاسم, حمد بن جاسم آل ثاني, حمد بن جاسم بن جبر | QAT | GOV | GOV Minister of Foreign Affairs 1992-09-01..2013-06-26 ; GOV Prime Minister 2007-04-03..2013-06-26
Abdullah bin Nasser bin Khalifa Al Thani | عبد الله بن ناصر, عبد الله بن ناصر آل ثاني, عبدالله بن ناصر بن خليفة | QAT | GOV | GOV Prime Minister and Minister of Interior 2013-06-26..2020-01-28
Khalid bin Khalifa bin Abdulaziz Al Thani | خالد بن خليفة بن عبد العزيز, خالد بن خليفة آل ثاني, خالد بن خليفة | QAT | GOV | GOV Prime Minister 2020-01-28..2023-03-07
Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن, محمد بن عبدالرحمن آل ثاني, محمد بن عبد الرحمن آل ثاني | QAT | GOV | GOV Minister of Foreign Affairs 2016-01-27..2023-03-07 ; GOV Prime Minister and Minister of Foreign Affairs 2023-03-07..
Khalid bin Mohammad al-Attiyah | خالد العطية, خالد بن محمد العطية | QAT | GOV | GOV Minister of Foreign Affairs 2013-06-26..2016-01-27 ; GOVMIL Minister of State for Defence Affairs 2016-01-27..2024-11-01
Saoud bin Abdulrahman Al Thani | سعود بن عبد الرحمن آل ثاني, سعود بن عبد الرحمن بن حسن آل ثاني | QAT | GOVMIL | GOVMIL Deputy Prime Minister and Minister of State for Defence Affairs 2024-11-01..
Abdullah bin Hamad Al Thani | عبد الله بن حمد, عبد الله بن حمد آل ثاني | QAT | GOV | GOV Deputy Emir 2014-11-11..
Majed al-Ansari | ماجد الأنصاري, ماجد بن محمد الأنصاري | QAT | GOV | GOV Foreign Ministry Spokesperson 2022-01-01..
Lolwah al-Khater | لولوة الخاطر, لولوة راشد الخاطر | QAT | GOV | GOV Foreign Ministry Spokesperson 2017-01-01..2021-10-01 ; GOV Minister of State for International Cooperation 2021-10-19..
Mohammed bin Abdulaziz al-Khulaifi | محمد الخليفي, محمد بن عبد العزيز الخليفي | QAT | GOV | GOV Minister of State at the Foreign Ministry 2022-01-01..
Yusuf al-Qaradawi | يوسف القرضاوي, القرضاوي, يوسف عبد الله القرضاوي | QAT | REL | REL Chairman of the International Union of Muslim Scholars 2004-07-01..2018-11-07
# Kuwait
Sabah Al-Ahmad Al-Jaber Al-Sabah | صباح الأحمد, صباح الأحمد الجابر الصباح, صباح الأحمد الصباح | KWT | GOV | GOV Emir of Kuwait 2006-01-29..2020-09-29
Nawaf Al-Ahmad Al-Jaber Al-Sabah | نواف الأحمد, نواف الأحمد الجابر الصباح, نواف الأحمد الصباح | KWT | GOV | GOV Crown Prince 2006-02-20..2020-09-30 ; GOV Emir of Kuwait 2020-09-30..2023-12-16
Mishal Al-Ahmad Al-Jaber Al-Sabah | مشعل الأحمد, مشعل الأحمد الجابر الصباح, مشعل الأحمد الصباح | KWT | GOV | MIL Deputy Chief of the National Guard 2004-04-13..2020-10-08 ; GOV Crown Prince 2020-10-08..2023-12-16 ; GOV Emir of Kuwait 2023-12-16..
Sabah Al-Khalid Al-Hamad Al-Sabah | صباح الخالد, صباح خالد الحمد الصباح, صباح الخالد الحمد الصباح | KWT | GOV | GOV Minister of Foreign Affairs 2011-10-22..2019-11-19 ; GOV Prime Minister 2019-11-19..2022-07-24 ; GOV Crown Prince 2024-06-01..
Nasser Al-Mohammed Al-Ahmed Al-Sabah | ناصر المحمد, ناصر المحمد الأحمد الصباح | KWT | GOV | GOV Prime Minister 2006-02-07..2011-11-28
Jaber Al-Mubarak Al-Hamad Al-Sabah | جابر المبارك, جابر المبارك الحمد الصباح | KWT | GOV | GOV Prime Minister 2011-11-30..2019-11-19
Ahmad Nawaf Al-Ahmad Al-Sabah | أحمد نواف الأحمد, أحمد النواف, أحمد نواف الأحمد الصباح | KWT | GOV | GOV Prime Minister 2022-07-24..2024-01-04
Mohammad Sabah Al-Salem Al-Sabah | محمد صباح السالم, محمد الصباح السالم, محمد صباح السالم الصباح | KWT | GOV | GOV Minister of Foreign Affairs 2003-01-01..2011-10-18 ; GOV Prime Minister 2024-01-04..2024-04-15
Ahmad Abdullah Al-Ahmad Al-Sabah | أحمد عبد الله الأحمد, أحمد عبدالله الأحمد الصباح | KWT | GOV | GOV Prime Minister 2024-05-15..
Ahmad Nasser Al-Mohammad Al-Sabah | أحمد ناصر المحمد, أحمد ناصر المحمد الصباح | KWT | GOV | GOV Minister of Foreign Affairs 2019-12-17..2022-08-01
Salem Abdullah Al-Jaber Al-Sabah | سالم عبد الله الجابر, سالم عبدالله الجابر الصباح | KWT | GOV | GOV Minister of Foreign Affairs 2022-08-01..2023-06-18
Abdullah Ali Al-Yahya | عبد الله علي اليحيا, عبد الله اليحيا | KWT | GOV | GOV Minister of Foreign Affairs 2023-06-18..
Nasser Sabah Al-Ahmad Al-Sabah | ناصر صباح الأحمد, ناصر صباح الأحمد الصباح | KWT | GOVMIL | GOVMIL First Deputy Prime Minister and Minister of Defence 2017-12-11..2019-11-14
Marzouq Al-Ghanim | مرزوق الغانم, مرزوق علي الغانم, الغانم | KWT | LEG | LEG Speaker of the National Assembly 2013-08-06..2022-10-18 ; LEG Speaker of the National Assembly 2023-03-19..2023-06-20
Ahmed Al-Saadoun | أحمد السعدون, احمد السعدون, السعدون, أحمد عبد العزيز السعدون | KWT | LEG | LEG Speaker of the National Assembly 2022-10-18..2023-03-19 ; LEG Speaker of the National Assembly 2023-06-20..2024-05-10
# Bahrain
Hamad bin Isa Al Khalifa | حمد بن عيسى, حمد بن عيسى آل خليفة, حمد بن عيسى بن سلمان آل خليفة | BHR | GOV | GOV King of Bahrain 2002-02-14..
Khalifa bin Salman Al Khalifa | خليفة بن سلمان, خليفة بن سلمان آل خليفة, خليفة بن سلمان بن حمد آل خليفة | BHR | GOV | GOV Prime Minister 1971-01-10..2020-11-11
Salman bin Hamad Al Khalifa | سلمان بن حمد, سلمان بن حمد آل خليفة, سلمان بن حمد بن عيسى | BHR | GOV | GOV Crown Prince 1999-03-09..2020-11-11 ; GOV Crown Prince and Prime Minister 2020-11-11..
Khalid bin Ahmed Al Khalifa | خالد بن أحمد, خالد بن أحمد آل خليفة, خالد بن احمد آل خليفة | BHR | GOV | GOV Minister of Foreign Affairs 2005-09-01..2020-02-11
Abdullatif bin Rashid Al Zayani | عبد اللطيف الزياني, عبداللطيف الزياني, عبد اللطيف بن راشد الزياني, الزياني | BHR | GOV | IGOPGSGCC Secretary-General of the Gulf Cooperation Council 2011-04-01..2020-01-31 ; GOV Minister of Foreign Affairs 2020-02-11..
Rashid bin Abdullah Al Khalifa | راشد بن عبد الله آل خليفة, راشد بن عبدالله آل خليفة | BHR | GOV | GOV Minister of Interior 2004-01-01..
Ali Salman | علي سلمان, علي سلمان أحمد | BHR | OPP | OPP Secretary-General of Al-Wefaq 2006-01-01..
Isa Qassim | عيسى قاسم, عيسى أحمد قاسم | BHR | OPP | OPP Shia cleric and opposition leader 2001-01-01..
Nabeel Rajab | نبيل رجب, نبيل أحمد رجب | BHR | OPP | OPP President of the Bahrain Centre for Human Rights 2002-01-01..
Abdulhadi al-Khawaja | عبد الهادي الخواجة, عبدالهادي الخواجة | BHR | OPP | OPP Human rights activist 2011-04-09..
# Oman
Qaboos bin Said | قابوس بن سعيد, قابوس بن سعيد آل سعيد, قابوس | OMN | GOV | GOV Sultan of Oman 1970-07-23..2020-01-10
Haitham bin Tariq | هيثم بن طارق, هيثم بن طارق آل سعيد, هيثم بن طارق بن تيمور | OMN | GOV | GOV Minister of Heritage and Culture 2002-01-01..2020-01-11 ; GOV Sultan of Oman 2020-01-11..
Theyazin bin Haitham | ذي يزن بن هيثم, ذي يزن بن هيثم آل سعيد | OMN | GOV | GOV Crown Prince 2021-01-12..
Yusuf bin Alawi bin Abdullah | يوسف بن علوي, يوسف بن علوي بن عبد الله, بن علوي | OMN | GOV | GOV Minister Responsible for Foreign Affairs 1997-01-01..2020-08-18
Badr Albusaidi / Badr bin Hamad Al Busaidi | بدر البوسعيدي, بدر بن حمد البوسعيدي, البوسعيدي | OMN | GOV | GOV Minister of Foreign Affairs 2020-08-18..
Badr bin Saud Al Busaidi | بدر بن سعود البوسعيدي, بدر بن سعود بن حارب البوسعيدي | OMN | GOVMIL | GOVMIL Minister Responsible for Defence Affairs 2004-01-01..2020-08-18
Shihab bin Tarik | شهاب بن طارق, شهاب بن طارق آل سعيد | OMN | GOVMIL | GOVMIL Deputy Prime Minister for Defence Affairs 2022-03-01..
# Yemen: state
Ali Abdullah Saleh | علي عبد الله صالح, علي عبدالله صالح, ~صالح | YEM | GOV | GOV President of Yemen 1978-07-17..2012-02-25 ; OPP Leader of the General People's Congress 2012-02-25..2017-12-04
Abdrabbuh Mansur Hadi | عبد ربه منصور هادي, عبدربه منصور هادي, ~هادي, منصور هادي | YEM | GOV | GOV Vice President 1994-10-03..2012-02-25 ; GOV President of Yemen 2012-02-25..2022-04-07
Rashad al-Alimi | رشاد العليمي, رشاد محمد العليمي, العليمي | YEM | GOV | GOV Deputy Prime Minister for Defence and Security 2008-01-01..2011-06-03 ; GOV Chairman of the Presidential Leadership Council 2022-04-07..
Ali Mohsen al-Ahmar | علي محسن الأحمر, علي محسن صالح الأحمر | YEM | GOV | MIL Commander of the 1st Armoured Division 1980-01-01..2012-12-19 ; GOV Vice President 2016-04-03..2022-04-07
Ali Muhammad Mujawar | علي محمد مجور, علي مجور, مجور | YEM | GOV | GOV Prime Minister 2007-03-31..2011-12-07
Mohammed Basindawa | محمد سالم باسندوة, محمد باسندوة, باسندوة | YEM | GOV | GOV Prime Minister 2011-12-07..2014-11-09
Khaled Bahah | خالد بحاح, خالد محفوظ بحاح, بحاح | YEM | GOV | GOV Prime Minister 2014-11-09..2016-04-03 ; GOV Vice President 2015-04-13..2016-04-03
Ahmed Obeid bin Daghr | أحمد عبيد بن دغر, احمد عبيد بن دغر, بن دغر, أحمد بن دغر, احمد بن دغر | YEM | GOV | GOV Prime Minister 2016-04-04..2018-10-15
Maeen Abdulmalik | معين عبد الملك, معين عبدالملك, معين عبد الملك سعيد | YEM | GOV | GOV Prime Minister 2018-10-15..2024-02-05
Ahmad Awad bin Mubarak | أحمد عوض بن مبارك, احمد عوض بن مبارك | YEM | GOV | GOV Ambassador to the United States 2015-01-01..2020-12-18 ; GOV Minister of Foreign Affairs 2020-12-18..2024-02-05 ; GOV Prime Minister 2024-02-05..2025-05-03
Salem bin Breik | سالم بن بريك, سالم صالح بن بريك, بن بريك | YEM | GOV | GOV Minister of Finance 2019-01-01..2025-05-03 ; GOV Prime Minister 2025-05-03..
Abu Bakr al-Qirbi | أبو بكر القربي, ابوبكر القربي, أبوبكر القربي, القربي | YEM | GOV | GOV Minister of Foreign Affairs 2001-04-04..2014-11-09
Riyadh Yassin | رياض ياسين, رياض ياسين عبد الله | YEM | GOV | GOV Minister of Foreign Affairs 2015-03-01..2015-12-01
Abdulmalik al-Mekhlafi | عبد الملك المخلافي, عبدالملك المخلافي, المخلافي | YEM | GOV | GOV Minister of Foreign Affairs 2015-12-01..2018-05-25
Khaled al-Yamani | خالد اليماني, خالد حسين اليماني | YEM | GOV | GOV Minister of Foreign Affairs 2018-05-25..2019-06-10
Mohammed al-Hadhrami | محمد الحضرمي, محمد عبد الله الحضرمي | YEM | GOV | GOV Minister of Foreign Affairs 2019-06-10..2020-12-18
Shaya al-Zindani | شائع الزنداني, شايع الزنداني, شائع محسن الزنداني | YEM | GOV | GOV Minister of Foreign Affairs 2024-03-01..
Mohammed Nasser Ahmed | محمد ناصر أحمد, محمد ناصر احمد, محمد ناصر أحمد علي | YEM | GOVMIL | GOVMIL Minister of Defence 2012-01-01..2014-11-09
Mahmoud al-Subaihi | محمود الصبيحي, محمود أحمد سالم الصبيحي, الصبيحي | YEM | GOVMIL | GOVMIL Minister of Defence 2014-11-09..2018-01-01 ; GOV Member of the Presidential Leadership Council 2023-01-01..
Mohammed Ali al-Maqdashi | محمد علي المقدشي, محمد المقدشي, المقدشي | YEM | GOVMIL | MIL Chief of the General Staff 2014-01-01..2018-01-01 ; GOVMIL Minister of Defence 2018-01-01..2021-01-01
Mohsen al-Daeri | محسن الداعري, محسن محمد الداعري, الداعري | YEM | GOVMIL | GOVMIL Minister of Defence 2021-01-01..
Sagheer bin Aziz | صغير بن عزيز, صغير حمود بن عزيز | YEM | MIL | MIL Chief of the General Staff 2020-01-01..
Aidarous al-Zoubaidi | عيدروس الزبيدي, عيدروس قاسم الزبيدي, ~الزبيدي | YEM | YEMREB | GOV Governor of Aden 2015-12-07..2017-04-27 ; YEMREB President of the Southern Transitional Council 2017-05-11..2022-04-07 ; GOV Member of the Presidential Leadership Council 2022-04-07..
Hani bin Breik | هاني بن بريك, هاني علي بن بريك | YEM | YEMREB | YEMREB Vice President of the Southern Transitional Council 2017-05-11..
Tareq Saleh | طارق صالح, طارق محمد عبد الله صالح, طارق عفاش | YEM | MIL | MIL Commander of the National Resistance forces 2018-04-01..2022-04-07 ; GOV Member of the Presidential Leadership Council 2022-04-07..
Sultan al-Arada | سلطان العرادة, سلطان علي العرادة, العرادة | YEM | GOV | GOV Governor of Marib 2012-01-01..2022-04-07 ; GOV Member of the Presidential Leadership Council 2022-04-07..
Ahmed Ali Abdullah Saleh | أحمد علي عبد الله صالح, أحمد علي صالح, احمد علي عبدالله صالح | YEM | MIL | MIL Commander of the Republican Guard 2004-01-01..2012-12-19 ; GOV Ambassador to the UAE 2013-04-10..2015-03-29
Tawakkol Karman | توكل كرمان, توكل عبد السلام كرمان | YEM | OPP | OPP Activist, Nobel Peace Prize laureate 2011-01-01..
# Yemen: Houthis (Ansar Allah) and AQAP
Abdul-Malik al-Houthi | عبد الملك الحوثي, عبدالملك الحوثي, عبد الملك بدر الدين الحوثي, عبدالملك بدرالدين الحوثي | YEM | YEMREB | YEMREB Leader of Ansar Allah (the Houthis) 2004-09-10..
Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي, حسين بدرالدين الحوثي | YEM | YEMREB | YEMREB Founder of the Houthi movement 1992-01-01..2004-09-10
Mohammed Ali al-Houthi | محمد علي الحوثي, محمد علي عبد الكريم الحوثي | YEM | YEMREB | YEMREB President of the Supreme Revolutionary Committee 2015-02-06..2016-08-15 ; YEMREB Member of the Supreme Political Council 2016-08-15..
Saleh al-Sammad | صالح الصماد, صالح علي الصماد, الصماد | YEM | YEMREB | YEMREB President of the Supreme Political Council 2016-08-15..2018-04-19
Mahdi al-Mashat | مهدي المشاط, مهدي محمد المشاط, المشاط | YEM | YEMREB | YEMREB President of the Supreme Political Council 2018-04-25..
Mohammed Abdulsalam | محمد عبد السلام, محمد عبدالسلام, محمد عبد السلام فليتة | YEM | YEMREB | YEMREB Spokesman and chief negotiator of Ansar Allah 2014-01-01..
Yahya Saree | يحيى سريع, يحيي سريع, يحيى السريع | YEM | YEMREB | YEMREB Military spokesman of the Houthi forces 2019-01-01..
Abdulaziz bin Habtour | عبد العزيز بن حبتور, عبدالعزيز بن حبتور, بن حبتور | YEM | YEMREB | YEMREB Prime Minister of the Houthi government in Sanaa 2016-10-04..2024-08-10
Ahmed al-Rahawi | أحمد الرهوي, أحمد غالب الرهوي, الرهوي | YEM | YEMREB | YEMREB Prime Minister of the Houthi government in Sanaa 2024-08-10..2025-08-28
Hisham Sharaf | هشام شرف, هشام شرف عبد الله | YEM | YEMREB | YEMREB Foreign minister of the Houthi government in Sanaa 2016-11-28..2024-08-10
Hussein al-Ezzi | حسين العزي, العزي | YEM | YEMREB | YEMREB Deputy foreign minister of the Houthi government 2016-11-28..
Mohammed al-Bukhaiti | محمد البخيتي, البخيتي | YEM | YEMREB | YEMREB Member of the Ansar Allah political bureau 2014-01-01..
Abdulkhaliq al-Houthi | عبد الخالق الحوثي, عبدالخالق الحوثي, عبد الخالق بدر الدين الحوثي | YEM | YEMREB | YEMREB Houthi military commander 2014-01-01..
Mohammed al-Ghamari | محمد الغماري, محمد عبد الكريم الغماري, الغماري | YEM | YEMREB | YEMREB Chief of Staff of the Houthi forces 2016-01-01..2025-10-16
Nasser al-Wuhayshi | ناصر الوحيشي, ناصر عبد الكريم الوحيشي, الوحيشي, أبو بصير الوحيشي | YEM | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda in the Arabian Peninsula 2009-01-01..2015-06-12
Qasim al-Raymi | قاسم الريمي, قاسم يحيى الريمي, الريمي | YEM | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda in the Arabian Peninsula 2015-06-12..2020-01-29
Khalid Batarfi | خالد باطرفي, خالد سعيد باطرفي, باطرفي | YEM | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda in the Arabian Peninsula 2020-02-23..2024-03-10
Saad al-Awlaki | سعد العولقي, سعد بن عاطف العولقي | YEM | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda in the Arabian Peninsula 2024-03-10..
Anwar al-Awlaki | أنور العولقي, انور العولقي, العولقي, أنور ناصر العولقي | YEM | IMGMUSALQ | IMGMUSALQ Preacher of al-Qaeda in the Arabian Peninsula 2009-01-01..2011-09-30
# Added: Saudi National Guard
Mutaib bin Abdullah | متعب بن عبد الله, متعب بن عبدالله, متعب بن عبد الله بن عبد العزيز | SAU | GOVMIL | GOVMIL Minister of the National Guard 2013-05-27..2017-11-04
Abdullah bin Bandar | عبد الله بن بندر, عبدالله بن بندر بن عبد العزيز | SAU | GOVMIL | GOVMIL Minister of the National Guard 2017-11-04..
# Added: more royals and political figures
Ahmed bin Abdulaziz | أحمد بن عبد العزيز, احمد بن عبد العزيز, أحمد بن عبدالعزيز | SAU | GOV | GOV Minister of Interior 2012-06-18..2012-11-05
Khalid al-Faisal | خالد الفيصل, خالد الفيصل بن عبد العزيز | SAU | GOV | GOV Governor of Makkah 2007-05-16..2013-12-22 ; GOV Minister of Education 2013-12-22..2015-01-29 ; GOV Governor of Makkah 2015-01-29..
Mohammed al-Yadoumi | محمد اليدومي, محمد عبد الله اليدومي, اليدومي | YEM | OPP | OPP Chairman of the Islah Party 2007-01-01..
Hamid al-Ahmar | حميد الأحمر, حميد عبد الله الأحمر | YEM | OPP | OPP Islah leader and businessman 2011-01-01..
# Added: more royals in government
Saif bin Zayed Al Nahyan | سيف بن زايد, سيف بن زايد آل نهيان, سيف بن زايد بن سلطان آل نهيان | ARE | GOV | GOV Deputy Prime Minister and Minister of Interior 2009-05-11..
Maktoum bin Mohammed Al Maktoum | مكتوم بن محمد, مكتوم بن محمد بن راشد, مكتوم بن محمد آل مكتوم | ARE | GOV | GOV Deputy Prime Minister and Minister of Finance 2021-09-25..
Moza bint Nasser | موزا بنت ناصر, موزة بنت ناصر | QAT | GOV | GOV Chairperson of the Qatar Foundation 1995-08-16..
Faisal bin Salman | فيصل بن سلمان, فيصل بن سلمان بن عبد العزيز | SAU | GOV | GOV Governor of Madinah 2013-01-14..
Saud bin Nayef | سعود بن نايف, سعود بن نايف بن عبد العزيز | SAU | GOV | GOV Governor of the Eastern Province 2013-01-14..
Badr bin Farhan | بدر بن فرحان, بدر بن عبد الله بن فرحان | SAU | GOV | GOV Minister of Culture 2018-06-02..
Abdulaziz bin Turki Al Faisal | عبد العزيز بن تركي الفيصل, عبدالعزيز بن تركي الفيصل, عبد العزيز بن تركي | SAU | GOV | GOV Minister of Sport 2020-02-27..
# Added from unlinked names in ANT news (2018)
Sultan bin Suhaim Al Thani | سلطان بن سحيم آل ثاني, سلطان بن سحيم, الشيخ سلطان بن سحيم | QAT | OPP |
Mohammed al-Emadi | محمد العمادي, السفير محمد العمادي | QAT | GOV | GOV Chairman of the Qatari Committee for the Reconstruction of Gaza 2012..
# Added from unlinked names in ANT news (2018, articles 3,000-12,000), second pass
Turki Al-Sheikh | تركي آل الشيخ, تركي بن عبد المحسن آل الشيخ | SAU | GOV | GOV Chairman of the General Sports Authority 2017-09..2018-12 ; GOV Chairman of the General Entertainment Authority 2018-12..
Hazza bin Zayed Al Nahyan | هزاع بن زايد آل نهيان, الشيخ هزاع بن زايد | ARE | GOV |
Khalifa bin Hamad Al Thani | الشيخ خليفة بن حمد آل ثاني, الشيخ خليفة بن حمد | QAT | GOV | GOV Emir of Qatar 1972-02-22..1995-06-27
Essam al-Zamil | عصام الزامل | SAU | CVL |
Muammar al-Eryani | معمر الإرياني, معمر الارياني | YEM | GOV |
Awwad Alawwad | عواد العواد, عواد بن صالح العواد | SAU | GOV | GOV Minister of Culture and Information 2017-04-22..2018-12-27
Ahmed al-Rumaihi | أحمد الرميحي | QAT | BUS |
Abdul Rahman al-Nuaimi {abdul-rahman-al-nuaimi-qatar} | عبد الرحمن النعيمي, عبد الرحمن بن عمير النعيمي | QAT | CVL |
Abdullah al-Mouallimi | عبد الله المعلمي, عبد الله بن يحيى المعلمي | SAU | GOV | GOV Permanent Representative to the United Nations 2011..2023
Turki bin Bandar bin Abdulaziz Al Saud | تركي بن بندر بن عبد العزيز | SAU | MIL |
Abdulsalam al-Shehhi | عبد السلام الشحي | ARE | MIL |
Sadiq Duwaid | صادق الدويد, صادق دويد, الدويد | YEM | MIL |
Yusuf al-Fishi | يوسف الفيشي, يوسف عبد الله حسين الفيشي, يوسف عبد الله الفيشي | YEM | YEMREB |
Abu Zaraa al-Muharrami | أبو زرعة المحرمي | YEM | MIL |
Obaid Salem al-Zaabi | عبيد سالم الزعابي | ARE | GOV |
Abdullatif Al al-Sheikh | عبد اللطيف بن عبد العزيز آل الشيخ, عبد اللطيف آل الشيخ | SAU | GOV |
"""
