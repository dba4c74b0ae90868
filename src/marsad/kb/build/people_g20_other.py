"""People of the other G20 states (Japan, India, Brazil, Canada, Australia, South Korea,
Mexico, Argentina, Indonesia, South Africa), 2010-2025 (table format: see people_gen.py)."""

ROWS = """
# Japan
Naoto Kan | ناوتو كان | JPN | GOV | GOV Prime Minister 2010-06-08..2011-09-02
Yoshihiko Noda | يوشيهيكو نودا, نودا | JPN | GOV | GOV Prime Minister 2011-09-02..2012-12-26
Shinzo Abe | شينزو آبي, شينزو ابي, شينزو آبى, شينزو آبيه | JPN | GOV | GOV Prime Minister 2012-12-26..2020-09-16
Yoshihide Suga | يوشيهيدي سوغا, يوشيهيدي سوجا, سوغا | JPN | GOV | GOV Chief Cabinet Secretary 2012-12-26..2020-09-16 ; GOV Prime Minister 2020-09-16..2021-10-04
Fumio Kishida | فوميو كيشيدا, كيشيدا | JPN | GOV | GOV Minister of Foreign Affairs 2012-12-26..2017-08-03 ; GOV Prime Minister 2021-10-04..2024-10-01
Shigeru Ishiba | شيغيرو إيشيبا, شيجيرو إيشيبا, إيشيبا, ايشيبا | JPN | GOV | GOV Prime Minister 2024-10-01..2025-10-21
Sanae Takaichi | ساناي تاكايتشي, ساناي تاكايشي, تاكايتشي | JPN | GOV | GOV Prime Minister 2025-10-21..
Koichiro Gemba | كويشيرو غيمبا, غيمبا | JPN | GOV | GOV Minister of Foreign Affairs 2011-09-02..2012-12-26
Taro Kono | تارو كونو, ~كونو | JPN | GOV | GOV Minister of Foreign Affairs 2017-08-03..2019-09-11 ; GOVMIL Minister of Defence 2019-09-11..2020-09-16
Toshimitsu Motegi | توشيميتسو موتيغي, توشيميتسو موتيجي, موتيغي | JPN | GOV | GOV Minister of Foreign Affairs 2019-09-11..2021-11-10 ; GOV Minister of Foreign Affairs 2025-10-21..
Yoshimasa Hayashi | يوشيماسا هاياشي, هاياشي | JPN | GOV | GOV Minister of Foreign Affairs 2021-11-10..2023-09-13 ; GOV Chief Cabinet Secretary 2023-12-14..2025-10-21
Yoko Kamikawa | يوكو كاميكاوا, كاميكاوا | JPN | GOV | GOV Minister of Foreign Affairs 2023-09-13..2024-10-01
Takeshi Iwaya | تاكيشي إيوايا, تاكيشي ايوايا, إيوايا | JPN | GOV | GOVMIL Minister of Defence 2018-10-02..2019-09-11 ; GOV Minister of Foreign Affairs 2024-10-01..2025-10-21
Itsunori Onodera | إيتسونوري أونوديرا, أونوديرا | JPN | GOVMIL | GOVMIL Minister of Defence 2012-12-26..2014-09-03 ; GOVMIL Minister of Defence 2017-08-03..2018-10-02
Gen Nakatani | جين ناكاتاني, غين ناكاتاني, ناكاتاني | JPN | GOVMIL | GOVMIL Minister of Defence 2014-12-24..2016-08-03 ; GOVMIL Minister of Defence 2024-10-01..2025-10-21
Tomomi Inada | تومومي إينادا, إينادا | JPN | GOVMIL | GOVMIL Minister of Defence 2016-08-03..2017-07-28
Nobuo Kishi | نوبو كيشي, نوبوو كيشي | JPN | GOVMIL | GOVMIL Minister of Defence 2020-09-16..2022-08-10
Yasukazu Hamada | ياسوكازو هامادا, هامادا | JPN | GOVMIL | GOVMIL Minister of Defence 2022-08-10..2023-09-13
Minoru Kihara | مينورو كيهارا, كيهارا | JPN | GOVMIL | GOVMIL Minister of Defence 2023-09-13..2024-10-01
Shinjiro Koizumi | شينجيرو كويزومي, كويزومي | JPN | GOVMIL | GOVMIL Minister of Defence 2025-10-21..
Akihito / Emperor Akihito | أكيهيتو, اكيهيتو, أكي هيتو | JPN | GOV | GOV Emperor of Japan 1989-01-07..2019-04-30
Naruhito / Emperor Naruhito | ناروهيتو, نارو هيتو | JPN | GOV | GOV Emperor of Japan 2019-05-01..
# India
Manmohan Singh | مانموهان سينغ, مانموهان سنغ, مانموهان سينج | IND | GOV | GOV Prime Minister 2004-05-22..2014-05-26
Narendra Modi | ناريندرا مودي, ناريندرا مودى, نارندرا مودي, مودي | IND | GOV | GOV Chief Minister of Gujarat 2001-10-07..2014-05-22 ; GOV Prime Minister 2014-05-26..
Pranab Mukherjee | براناب موخيرجي, موخيرجي | IND | GOV | GOV President of India 2012-07-25..2017-07-25
Ram Nath Kovind | رام ناث كوفيند, رام نات كوفيند, كوفيند | IND | GOV | GOV President of India 2017-07-25..2022-07-25
Droupadi Murmu | دروبادي مورمو, مورمو | IND | GOV | GOV President of India 2022-07-25..
S. M. Krishna | إس إم كريشنا, اس ام كريشنا | IND | GOV | GOV Minister of External Affairs 2009-05-22..2012-10-28
Salman Khurshid | سلمان خورشيد, خورشيد | IND | GOV | GOV Minister of External Affairs 2012-10-28..2014-05-26
Sushma Swaraj | سوشما سواراج, سواراج | IND | GOV | GOV Minister of External Affairs 2014-05-26..2019-05-30
Subrahmanyam Jaishankar / S. Jaishankar | سوبرامانيام جايشانكار, إس جايشانكار, جايشانكار, جاي شانكار | IND | GOV | GOV Minister of External Affairs 2019-05-30..
A. K. Antony | إيه كيه أنتوني, أيه كيه انتوني | IND | GOVMIL | GOVMIL Minister of Defence 2006-10-24..2014-05-26
Arun Jaitley | أرون جيتلي, ارون جيتلي, جيتلي | IND | GOV | GOV Minister of Finance 2014-05-26..2019-05-30 ; GOVMIL Minister of Defence 2017-03-13..2017-09-03
Manohar Parrikar | مانوهار باريكار, باريكار | IND | GOVMIL | GOVMIL Minister of Defence 2014-11-09..2017-03-13
Nirmala Sitharaman | نيرمالا سيتارامان, سيتارامان | IND | GOV | GOVMIL Minister of Defence 2017-09-03..2019-05-30 ; GOV Minister of Finance 2019-05-31..
Rajnath Singh | راجناث سينغ, راجنات سينغ, راجناث سينج | IND | GOVMIL | GOV Minister of Home Affairs 2014-05-26..2019-05-30 ; GOVMIL Minister of Defence 2019-05-30..
Ajit Doval | أجيت دوفال, اجيت دوفال, دوفال | IND | GOV | GOV National Security Advisor 2014-05-30..
Amit Shah | أميت شاه, اميت شاه | IND | GOV | GOV Minister of Home Affairs 2019-05-30..
Rahul Gandhi | راهول غاندي, راهول جاندي | IND | OPP | OPP President of the Indian National Congress 2017-12-16..2019-07-03 ; OPP Leader of the Opposition in the Lok Sabha 2024-06-09..
Sonia Gandhi | سونيا غاندي, سونيا جاندي | IND | OPP | OPP President of the Indian National Congress 1998-03-14..2017-12-16
# Brazil
Luiz Inacio Lula da Silva / Lula | لويس إيناسيو لولا دا سيلفا, لولا دا سيلفا, ~لولا, لويز إيناسيو لولا دا سيلفا | BRA | GOV | GOV President of Brazil 2003-01-01..2010-12-31 ; GOV President of Brazil 2023-01-01..
Dilma Rousseff | ديلما روسيف, روسيف | BRA | GOV | GOV President of Brazil 2011-01-01..2016-08-31
Michel Temer | ميشال تامر, ميشيل تامر, ميشال تيمر | BRA | GOV | GOV Vice President 2011-01-01..2016-08-31 ; GOV President of Brazil 2016-08-31..2018-12-31
Jair Bolsonaro | جايير بولسونارو, جاير بولسونارو, بولسونارو, جايير بوسونارو, جاير بوسونارو, بوسونارو | BRA | GOV | GOV President of Brazil 2019-01-01..2022-12-31
Celso Amorim | سيلسو أموريم, سيلسو اموريم, أموريم | BRA | GOV | GOV Minister of Foreign Affairs 2003-01-01..2010-12-31 ; GOVMIL Minister of Defence 2011-08-08..2014-12-31 ; GOV Chief Adviser for International Affairs 2023-01-01..
Antonio Patriota / Antonio de Aguiar Patriota | أنطونيو باتريوتا, انطونيو باتريوتا, باتريوتا | BRA | GOV | GOV Minister of Foreign Affairs 2011-01-01..2013-08-26
Mauro Vieira | ماورو فييرا, ماورو فيرا, فييرا | BRA | GOV | GOV Minister of Foreign Affairs 2015-01-01..2016-05-12 ; GOV Minister of Foreign Affairs 2023-01-01..
Ernesto Araujo / Ernesto Araújo | إرنستو أراوجو, ارنستو اراوجو, أراوجو | BRA | GOV | GOV Minister of Foreign Affairs 2019-01-01..2021-03-29
Carlos Franca / Carlos França | كارلوس فرانسا, كارلوس فرانكا | BRA | GOV | GOV Minister of Foreign Affairs 2021-04-06..2022-12-31
# Canada
Stephen Harper | ستيفن هاربر, ستيفن هاربير, هاربر | CAN | GOV | GOV Prime Minister 2006-02-06..2015-11-04
Justin Trudeau | جاستن ترودو, جستن ترودو, ترودو, جاستين ترودو | CAN | GOV | GOV Prime Minister 2015-11-04..2025-03-14
Mark Carney | مارك كارني | CAN | GOV | GOV Governor of the Bank of England 2013-07-01..2020-03-15 ; GOV Prime Minister 2025-03-14..
John Baird | جون بيرد | CAN | GOV | GOV Minister of Foreign Affairs 2011-05-18..2015-02-03
Stephane Dion / Stéphane Dion | ستيفان ديون | CAN | GOV | GOV Minister of Foreign Affairs 2015-11-04..2017-01-10
Chrystia Freeland | كريستيا فريلاند, فريلاند | CAN | GOV | GOV Minister of Foreign Affairs 2017-01-10..2019-11-20 ; GOV Deputy Prime Minister 2019-11-20..2024-12-16
Francois-Philippe Champagne | فرانسوا فيليب شامبين, فرانسوا-فيليب شامبين, شامبين | CAN | GOV | GOV Minister of Foreign Affairs 2019-11-20..2021-01-12
Marc Garneau | مارك غارنو, مارك جارنو, غارنو | CAN | GOV | GOV Minister of Foreign Affairs 2021-01-12..2021-10-26
Melanie Joly / Mélanie Joly | ميلاني جولي, ميلاني جولى, ~جولي | CAN | GOV | GOV Minister of Foreign Affairs 2021-10-26..2025-05-13
Anita Anand | أنيتا أناند, انيتا اناند, أناند | CAN | GOV | GOVMIL Minister of National Defence 2021-10-26..2023-07-26 ; GOV Minister of Foreign Affairs 2025-05-13..
Harjit Sajjan | هارجيت ساجان, هارجيت سجان, ساجان | CAN | GOVMIL | GOVMIL Minister of National Defence 2015-11-04..2021-10-26
Bill Blair | بيل بلير | CAN | GOVMIL | GOVMIL Minister of National Defence 2023-07-26..2025-05-13
# Australia
Kevin Rudd | كيفن رود, كيفين رود, ~رود | AUS | GOV | GOV Prime Minister 2007-12-03..2010-06-24 ; GOV Minister of Foreign Affairs 2010-09-14..2012-02-22 ; GOV Prime Minister 2013-06-27..2013-09-18
Julia Gillard | جوليا غيلارد, جوليا جيلارد, غيلارد | AUS | GOV | GOV Prime Minister 2010-06-24..2013-06-27
Tony Abbott | توني أبوت, توني ابوت, أبوت | AUS | GOV | GOV Prime Minister 2013-09-18..2015-09-15
Malcolm Turnbull | مالكوم تيرنبول, مالكولم تورنبول, مالكولم ترنبول, تيرنبول, ترنبول, مالكولم تيرنبول | AUS | GOV | GOV Prime Minister 2015-09-15..2018-08-24
Scott Morrison | سكوت موريسون, موريسون | AUS | GOV | GOV Prime Minister 2018-08-24..2022-05-23
Anthony Albanese | أنتوني ألبانيزي, انتوني البانيزي, ألبانيزي, ألبانيز | AUS | GOV | GOV Prime Minister 2022-05-23..
Bob Carr | بوب كار | AUS | GOV | GOV Minister of Foreign Affairs 2012-03-13..2013-09-18
Julie Bishop | جولي بيشوب, بيشوب | AUS | GOV | GOV Minister of Foreign Affairs 2013-09-18..2018-08-26
Marise Payne | ماريس باين, ماريز باين | AUS | GOV | GOVMIL Minister of Defence 2015-09-21..2018-08-26 ; GOV Minister of Foreign Affairs 2018-08-26..2022-05-23
Penny Wong | بيني وونغ, بيني وونج, وونغ | AUS | GOV | GOV Minister of Foreign Affairs 2022-05-23..
Richard Marles | ريتشارد مارلز, مارلز | AUS | GOVMIL | GOVMIL Minister of Defence 2022-05-23..
Peter Dutton | بيتر داتون, داتون | AUS | GOVMIL | GOVMIL Minister of Defence 2021-03-30..2022-05-23 ; OPP Leader of the Opposition 2022-05-30..2025-05-03
# South and North Korea
Lee Myung-bak | لي ميونغ باك, لي ميونج باك, لي ميونغ-باك | KOR | GOV | GOV President of South Korea 2008-02-25..2013-02-24
Park Geun-hye | بارك غيون هاي, بارك جون هي, بارك كون هيه, بارك غيون-هاي | KOR | GOV | GOV President of South Korea 2013-02-25..2017-03-10
Moon Jae-in | مون جاي إن, مون جيه إن, مون جاي-إن, مون جاي ان, مون جيه-إن, مون جي-إن, مون جي إن, مون جاي-ان | KOR | GOV | GOV President of South Korea 2017-05-10..2022-05-09
Yoon Suk Yeol | يون سوك يول, يون سوك-يول, يون سيوك يول | KOR | GOV | GOV President of South Korea 2022-05-10..2025-04-04
Lee Jae-myung | لي جاي ميونغ, لي جيه ميونغ, لي جاي-ميونغ | KOR | GOV | OPP Leader of the Democratic Party 2022-08-28..2025-04-09 ; GOV President of South Korea 2025-06-04..
Kang Kyung-wha | كانغ كيونغ وا, كانغ كيونغ-وا, كانغ كيونغ هوا | KOR | GOV | GOV Minister of Foreign Affairs 2017-06-18..2021-02-08
Yun Byung-se | يون بيونغ سي, يون بيونغ-سي | KOR | GOV | GOV Minister of Foreign Affairs 2013-03-11..2017-06-18
Chung Eui-yong | تشونغ إيوي يونغ, تشونغ ايوي يونغ, تشونغ أوي يونغ | KOR | GOV | GOV National Security Adviser 2017-05-21..2020-07-03 ; GOV Minister of Foreign Affairs 2021-02-09..2022-05-11
Park Jin | بارك جين | KOR | GOV | GOV Minister of Foreign Affairs 2022-05-13..2024-01-10
Kim Jong-un | كيم جونغ أون, كيم جونغ اون, كيم جونج أون, كيم يونغ أون, كيم جونغ-أون, كيم جونغ - أون, كيم جونغ-اون, كيم جون أون, كيم جونج-أون | PRK | GOV | GOV Supreme Leader of North Korea 2011-12-17..
Kim Jong-il | كيم جونغ إيل, كيم جونغ ايل, كيم جونج إيل | PRK | GOV | GOV Supreme Leader of North Korea 1994-07-08..2011-12-17
Kim Yo-jong | كيم يو جونغ, كيم يو-جونغ, كيم يو جونج | PRK | GOV | GOV Vice Department Director of the Workers' Party Central Committee 2014-01-01..
Ri Yong-ho | ري يونغ هو, ري يونج هو | PRK | GOV | GOV Minister of Foreign Affairs 2016-05-01..2020-01-01
Choe Son-hui | تشوي سون هوي, تشوي سون-هوي | PRK | GOV | GOV First Vice Minister of Foreign Affairs 2019-04-01..2022-06-11 ; GOV Minister of Foreign Affairs 2022-06-11..
Kim Yong-chol | كيم يونغ تشول, كيم يونغ شول, كيم يونج تشول, كيم يونغ-تشول | PRK | GOV | GOVMIL Director of the Reconnaissance General Bureau 2009..2016 ; GOV Director of the United Front Department 2016..2019
# Mexico, Argentina
Felipe Calderon / Felipe Calderón | فيليبي كالديرون, فيليب كالديرون, كالديرون | MEX | GOV | GOV President of Mexico 2006-12-01..2012-11-30
Enrique Pena Nieto / Enrique Peña Nieto | إنريكي بينيا نييتو, انريكي بينيا نييتو, بينيا نييتو | MEX | GOV | GOV President of Mexico 2012-12-01..2018-11-30
Andres Manuel Lopez Obrador / AMLO | أندريس مانويل لوبيز أوبرادور, اندريس مانويل لوبيز اوبرادور, لوبيز أوبرادور, لوبيز اوبرادور | MEX | GOV | OPP Leader of MORENA, opposition presidential candidate 2014..2018-11-30 ; GOV President of Mexico 2018-12-01..2024-09-30
Claudia Sheinbaum | كلوديا شينباوم, كلاوديا شينباوم, شينباوم | MEX | GOV | GOV Head of Government of Mexico City 2018-12-05..2023-06-16 ; GOV President of Mexico 2024-10-01..
Marcelo Ebrard | مارسيلو إبرارد, مارسيلو ابرارد, إبرارد | MEX | GOV | GOV Secretary of Foreign Affairs 2018-12-01..2023-06-12 ; GOV Secretary of Economy 2024-10-01..
Cristina Fernandez de Kirchner / Cristina Kirchner | كريستينا فرنانديز دي كيرشنر, كريستينا كيرشنر, كيرشنر | ARG | GOV | GOV President of Argentina 2007-12-10..2015-12-10 ; GOV Vice President of Argentina 2019-12-10..2023-12-10
Mauricio Macri | ماوريسيو ماكري, ماكري | ARG | GOV | GOV President of Argentina 2015-12-10..2019-12-10
Alberto Fernandez / Alberto Fernández | ألبرتو فرنانديز, البرتو فرنانديز, ألبرتو فرنانديث | ARG | GOV | GOV President of Argentina 2019-12-10..2023-12-10
Javier Milei | خافيير ميلي, خافيير مايلي | ARG | GOV | GOV President of Argentina 2023-12-10..
# Indonesia, South Africa
Susilo Bambang Yudhoyono | سوسيلو بامبانغ يودويونو, سوسيلو بامبانج يودهويونو, يودويونو | IDN | GOV | GOV President of Indonesia 2004-10-20..2014-10-20
Joko Widodo / Jokowi | جوكو ويدودو, جوكو ودودو, ويدودو, جوكوي | IDN | GOV | GOV President of Indonesia 2014-10-20..2024-10-20
Prabowo Subianto | برابوو سوبيانتو, برابو سوبيانتو, برابوو, سوبيانتو | IDN | GOV | GOVMIL Minister of Defence 2019-10-23..2024-10-20 ; GOV President of Indonesia 2024-10-20..
Marty Natalegawa | مارتي ناتاليغاوا, ناتاليغاوا | IDN | GOV | GOV Minister of Foreign Affairs 2009-10-22..2014-10-20
Retno Marsudi | ريتنو مارسودي, مارسودي | IDN | GOV | GOV Minister of Foreign Affairs 2014-10-27..2024-10-20
Sugiono | سوجيونو, سوغيونو | IDN | GOV | GOV Minister of Foreign Affairs 2024-10-21..
Jacob Zuma | جاكوب زوما, جيكوب زوما, زوما | ZAF | GOV | GOV President of South Africa 2009-05-09..2018-02-14
Cyril Ramaphosa | سيريل رامافوزا, سيريل رامافوسا, رامافوزا, رامافوسا | ZAF | GOV | GOV Deputy President 2014-05-26..2018-02-15 ; GOV President of South Africa 2018-02-15..
Maite Nkoana-Mashabane | مايتي نكوانا ماشاباني, نكوانا ماشاباني | ZAF | GOV | GOV Minister of International Relations 2009-05-10..2018-02-26
Lindiwe Sisulu | ليندوي سيسولو, سيسولو | ZAF | GOV | GOV Minister of International Relations 2018-02-27..2019-05-29
Naledi Pandor | ناليدي باندور, باندور | ZAF | GOV | GOV Minister of International Relations 2019-05-30..2024-07-03
Ronald Lamola | رونالد لامولا, لامولا | ZAF | GOV | GOV Minister of International Relations 2024-07-03..
Nelson Mandela | نيلسون مانديلا, مانديلا | ZAF | GOV | GOV President of South Africa 1994-05-10..1999-06-14
# Added: more foreign and defence ministers
Toshimi Kitazawa | توشيمي كيتازاوا, كيتازاوا | JPN | GOVMIL | GOVMIL Minister of Defence 2009-09-16..2011-09-02
Satoshi Morimoto | ساتوشي موريموتو, موريموتو | JPN | GOVMIL | GOVMIL Minister of Defence 2012-06-04..2012-12-26
Katsuya Okada | كاتسويا أوكادا, كاتسويا اوكادا, أوكادا | JPN | GOV | GOV Minister of Foreign Affairs 2009-09-16..2010-09-17
Seiji Maehara | سيجي ماهارا, سييجي مايهارا, ماهارا | JPN | GOV | GOV Minister of Foreign Affairs 2010-09-17..2011-03-07
Nelson Jobim | نيلسون جوبيم, نلسون جوبيم, جوبيم | BRA | GOVMIL | GOVMIL Minister of Defence 2007-07-25..2011-08-04
Jaques Wagner | جاك فاغنر, جاكس فاغنر, جاكيس فاغنر | BRA | GOVMIL | GOVMIL Minister of Defence 2015-01-01..2015-10-02
Aldo Rebelo | ألدو ريبيلو, الدو ريبيلو, ريبيلو | BRA | GOVMIL | GOVMIL Minister of Defence 2015-10-02..2016-05-12
Raul Jungmann | راؤول جونغمان, راوول يونغمان, جونغمان | BRA | GOVMIL | GOVMIL Minister of Defence 2016-05-12..2018-02-26
Fernando Azevedo e Silva | فرناندو أزيفيدو إي سيلفا, فرناندو أزيفيدو | BRA | GOVMIL | GOVMIL Minister of Defence 2019-01-01..2021-03-29
Walter Braga Netto | والتر براغا نيتو, براغا نيتو | BRA | GOVMIL | GOVMIL Minister of Defence 2021-03-30..2022-03-31
Jose Mucio / José Múcio | جوزيه موسيو, خوسيه موسيو, موسيو | BRA | GOVMIL | GOVMIL Minister of Defence 2023-01-01..
Jose Serra / José Serra | جوزيه سيرا, خوسيه سيرا | BRA | GOV | GOV Minister of Foreign Affairs 2016-05-12..2017-02-22
Aloysio Nunes | ألويسيو نونيس, الويزيو نونيس, نونيس | BRA | GOV | GOV Minister of Foreign Affairs 2017-03-07..2018-12-31
Lawrence Cannon | لورانس كانون, لورنس كانون | CAN | GOV | GOV Minister of Foreign Affairs 2008-10-30..2011-05-18
Rob Nicholson | روب نيكلسون, روب نيكولسون, نيكلسون | CAN | GOV | GOVMIL Minister of National Defence 2013-07-15..2015-02-09 ; GOV Minister of Foreign Affairs 2015-02-09..2015-11-04
Peter MacKay | بيتر ماكاي, بيتر ماكي, ماكاي | CAN | GOVMIL | GOVMIL Minister of National Defence 2007-08-14..2013-07-15
Jason Kenney | جيسون كيني, جاسون كيني | CAN | GOVMIL | GOVMIL Minister of National Defence 2015-02-09..2015-11-04
David McGuinty | ديفيد ماكغينتي, ديفيد ماكجينتي, ماكغينتي | CAN | GOVMIL | GOVMIL Minister of National Defence 2025-05-13..
Stephen Smith (Australia) {stephen-smith-australia} | ستيفن سميث, ستيفن سمث | AUS | GOV | GOV Minister of Foreign Affairs 2007-12-03..2010-09-14 ; GOVMIL Minister of Defence 2010-09-14..2013-09-18
David Johnston (Australia) {david-johnston-australia} | ديفيد جونستون, دافيد جونستون | AUS | GOVMIL | GOVMIL Minister of Defence 2013-09-18..2014-12-23
Kevin Andrews | كيفن أندروز, كيفن اندروز | AUS | GOVMIL | GOVMIL Minister of Defence 2014-12-23..2015-09-21
Christopher Pyne | كريستوفر باين, كريستوفر بين | AUS | GOVMIL | GOVMIL Minister of Defence 2018-08-28..2019-05-29
Linda Reynolds | ليندا رينولدز, ليندا رينولدس, رينولدز | AUS | GOVMIL | GOVMIL Minister of Defence 2019-05-29..2021-03-30
Kim Sung-hwan | كيم سونغ هوان, كيم سونغ-هوان, كيم سونج هوان | KOR | GOV | GOV Minister of Foreign Affairs 2010-10-08..2013-03-11
Cho Tae-yul | تشو تاي يول, تشو تاي-يول, جو تاي يول | KOR | GOV | GOV Minister of Foreign Affairs 2024-01-10..2025-06-04
Kim Kwan-jin | كيم كوان جين, كيم كوان-جين, كيم كوان جن | KOR | GOVMIL | GOVMIL Minister of National Defence 2010-12-04..2014-06-30
Han Min-koo | هان مين كو, هان مين-كو, هان مين غو | KOR | GOVMIL | GOVMIL Minister of National Defence 2014-06-30..2017-07-14
Song Young-moo | سونغ يونغ مو, سونغ يونغ-مو, سونج يونج مو | KOR | GOVMIL | GOVMIL Minister of National Defence 2017-07-14..2018-09-21
Jeong Kyeong-doo | جونغ كيونغ دو, جيونغ كيونغ-دو, جونج كيونج دو | KOR | GOVMIL | GOVMIL Minister of National Defence 2018-09-21..2020-09-18
Suh Wook | سوه ووك, سو ووك, سوه أوك | KOR | GOVMIL | GOVMIL Minister of National Defence 2020-09-18..2022-05-10
Lee Jong-sup | لي جونغ سوب, لي جونغ-سوب, لي جونج سوب | KOR | GOVMIL | GOVMIL Minister of National Defence 2022-05-10..2023-10-07
Shin Won-sik | شين وون سيك, شين وون-سيك, شين ون سيك | KOR | GOVMIL | GOVMIL Minister of National Defence 2023-10-07..2024-09-06
Kim Yong-hyun | كيم يونغ هيون, كيم يونغ-هيون, كيم يونج هيون | KOR | GOVMIL | GOVMIL Minister of National Defence 2024-09-06..2024-12-05
Patricia Espinosa | باتريسيا إسبينوزا, باتريسيا إسبينوسا, إسبينوزا | MEX | GOV | GOV Secretary of Foreign Affairs 2006-12-01..2012-11-30
Jose Antonio Meade / José Antonio Meade | خوسيه أنطونيو ميد, خوسيه انطونيو ميادي, ميادي | MEX | GOV | GOV Secretary of Foreign Affairs 2012-12-01..2015-08-27
Luis Videgaray | لويس فيديغاراي, لويس فيدغاراي, فيديغاراي | MEX | GOV | GOV Secretary of Foreign Affairs 2017-01-04..2018-11-30
Alicia Barcena / Alicia Bárcena | أليسيا بارسينا, اليسيا بارسينا, بارسينا | MEX | GOV | GOV Secretary of Foreign Affairs 2023-07-03..2024-09-30
Juan Ramon de la Fuente / Juan Ramón de la Fuente | خوان رامون دي لا فوينتي, خوان رامون دي لافوينتي, دي لا فوينتي | MEX | GOV | GOV Secretary of Foreign Affairs 2024-10-01..
Salvador Cienfuegos | سلفادور سيينفويغوس, سلفادور سيينفويجوس, سيينفويغوس | MEX | GOVMIL | GOVMIL Secretary of National Defence 2012-12-01..2018-11-30
Luis Cresencio Sandoval | لويس كريسينسيو ساندوفال, لويس ساندوفال, ساندوفال | MEX | GOVMIL | GOVMIL Secretary of National Defence 2018-12-01..2024-09-30
Hector Timerman / Héctor Timerman | هيكتور تيمرمان, هكتور تيمرمان, تيمرمان | ARG | GOV | GOV Minister of Foreign Affairs 2010-06-18..2015-12-10
Susana Malcorra | سوزانا مالكورا, مالكورا | ARG | GOV | GOV Minister of Foreign Affairs 2015-12-10..2017-06-12
Jorge Faurie | خورخي فوري, خورخي فاوري | ARG | GOV | GOV Minister of Foreign Affairs 2017-06-12..2019-12-10
Felipe Sola / Felipe Solá | فيليبي سولا, فيليبه سولا | ARG | GOV | GOV Minister of Foreign Affairs 2019-12-10..2021-09-20
Santiago Cafiero | سانتياغو كافييرو, سانتياجو كافييرو, كافييرو | ARG | GOV | GOV Minister of Foreign Affairs 2021-09-20..2023-12-10
Diana Mondino | ديانا موندينو, موندينو | ARG | GOV | GOV Minister of Foreign Affairs 2023-12-10..2024-10-30
Purnomo Yusgiantoro | بورنومو يوسجيانتورو, بورنومو يوسغيانتورو, يوسجيانتورو | IDN | GOVMIL | GOVMIL Minister of Defence 2009-10-22..2014-10-20
Ryamizard Ryacudu | رياميزارد رياكودو, رياكودو | IDN | GOVMIL | GOVMIL Minister of Defence 2014-10-27..2019-10-23
Sjafrie Sjamsoeddin | شافري شمس الدين, سجافري سجامسويدين | IDN | GOVMIL | GOVMIL Minister of Defence 2024-10-21..
Nosiviwe Mapisa-Nqakula | نوسيفيوي مابيسا نكاكولا, مابيسا نكاكولا | ZAF | GOVMIL | GOVMIL Minister of Defence 2012-06-12..2021-08-05
Thandi Modise | ثاندي موديسي, تاندي موديسي, موديسي | ZAF | GOVMIL | GOVMIL Minister of Defence 2021-08-05..2024-06-30
Angie Motshekga | أنجي موتشيكغا, انجي موتشيكجا, موتشيكغا | ZAF | GOVMIL | GOVMIL Minister of Defence 2024-07-03..
Thabo Mbeki | ثابو مبيكي, تابو مبيكي, مبيكي | ZAF | GOV | GOV President of South Africa 1999-06-14..2008-09-24 ; IGOAFRAFU Chair of the AU High-Level Implementation Panel for Sudan 2009-01-01..
Najib Razak | نجيب عبد الرزاق, نجيب عبدالرزاق, نجيب رزاق | MYS | GOV | GOV Prime Minister of Malaysia 2009-04-03..2018-05-10
Juan Manuel Santos | خوان مانويل سانتوس, ~سانتوس | COL | GOV | GOV Minister of Defence of Colombia 2006-07-19..2009-05-18 ; GOV President of Colombia 2010-08-07..2018-08-07
Muhammadu Buhari | محمد بخاري, محمدو بخاري, محمد بوهاري, محمدو بوهاري, ~بوهاري | NGA | GOV | GOV Head of State of Nigeria 1983-12-31..1985-08-27 ; GOV President of Nigeria 2015-05-29..2023-05-29
"""
