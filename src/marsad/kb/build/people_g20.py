"""People of Russia, China, France, the UK, Germany, Italy and the EU, 2010-2025
(table format: see people_gen.py)."""

ROWS = """
# Russia
Vladimir Putin | فلاديمير بوتين, بوتين, فلاديمير بوتن, بوتن, فلاديمير فلاديميروفيتش بوتين | RUS | GOV | GOV Prime Minister 2008-05-08..2012-05-07 ; GOV President of Russia 2012-05-07..
Dmitry Medvedev | دميتري ميدفيديف, ديمتري ميدفيديف, دميتري مدفيديف, ميدفيديف, مدفيديف, ميدفيدف | RUS | GOV | GOV President of Russia 2008-05-07..2012-05-07 ; GOV Prime Minister 2012-05-08..2020-01-16 ; GOV Deputy Chairman of the Security Council 2020-01-16..
Mikhail Mishustin | ميخائيل ميشوستين, ميشوستين, ميخائيل ميشوستن | RUS | GOV | GOV Prime Minister 2020-01-16..
Sergey Lavrov / Sergei Lavrov | سيرغي لافروف, سيرجي لافروف, لافروف | RUS | GOV | GOV Minister of Foreign Affairs 2004-03-09..
Anatoly Serdyukov | أناتولي سيرديوكوف, اناتولي سيرديوكوف, سيرديوكوف, سيرديكوف | RUS | GOVMIL | GOVMIL Minister of Defence 2007-02-15..2012-11-06
Sergei Shoigu / Sergey Shoygu | سيرغي شويغو, سيرجي شويجو, شويغو, شويجو | RUS | GOVMIL | GOVMIL Minister of Defence 2012-11-06..2024-05-12 ; GOV Secretary of the Security Council 2024-05-12..
Andrei Belousov | أندريه بيلوسوف, اندريه بيلوسوف, بيلوسوف, أندريه بيلاوسوف, أندري بيلوسوف | RUS | GOVMIL | GOV First Deputy Prime Minister 2020-01-21..2024-05-14 ; GOVMIL Minister of Defence 2024-05-14..
Valery Gerasimov | فاليري غيراسيموف, فاليري جيراسيموف, غيراسيموف, جيراسيموف | RUS | MIL | MIL Chief of the General Staff 2012-11-09..
Dmitry Peskov | دميتري بيسكوف, ديمتري بيسكوف, دميتري بسكوف, بيسكوف, بسكوف, ديميتري بيسكوف, ديمتري بسكوف | RUS | GOV | GOV Kremlin Spokesman 2012-05-22..
Maria Zakharova | ماريا زاخاروفا, زاخاروفا, ماريا زخاروفا, زخاروفا | RUS | GOV | GOV Foreign Ministry Spokeswoman 2015-08-10..
Alexander Lukashevich | ألكسندر لوكاشيفيتش, الكسندر لوكاشيفيتش, لوكاشيفيتش | RUS | GOV | GOV Foreign Ministry Spokesman 2011-01-01..2015-08-10
Nikolai Patrushev | نيكولاي باتروشيف, باتروشيف, نيكولاي باتروشوف, نيكولاي بتروشيف | RUS | GOV | GOV Secretary of the Security Council 2008-05-12..2024-05-12 ; GOV Aide to the President 2024-05-14..
Alexander Bortnikov | ألكسندر بورتنيكوف, الكسندر بورتنيكوف, بورتنيكوف | RUS | GOVSPY | GOVSPY Director of the FSB 2008-05-12..
Sergey Naryshkin | سيرغي ناريشكين, سيرجي ناريشكين, ناريشكين | RUS | GOVSPY | LEG Chairman of the State Duma 2011-12-21..2016-10-05 ; GOVSPY Director of the Foreign Intelligence Service (SVR) 2016-10-05..
Vyacheslav Volodin | فياتشيسلاف فولودين, فولودين, فياتشيسلاف فالودين, فياتشسلاف فولودين | RUS | LEG | LEG Chairman of the State Duma 2016-10-05..
Valentina Matviyenko | فالنتينا ماتفيينكو, ماتفيينكو, فالنتينا ماتفيينكا | RUS | LEG | LEG Chairwoman of the Federation Council 2011-09-21..
Vitaly Churkin | فيتالي تشوركين, فيتالي تشيركين, تشوركين | RUS | GOV | GOV Permanent Representative to the United Nations 2006-04-08..2017-02-20
Vasily Nebenzya | فاسيلي نيبينزيا, فاسيلي نيبنزيا, نيبينزيا, نيبنزيا | RUS | GOV | GOV Permanent Representative to the United Nations 2017-07-27..
Mikhail Bogdanov | ميخائيل بوغدانوف, ميخائيل بوجدانوف, بوغدانوف | RUS | GOV | GOV Deputy Minister of Foreign Affairs and Special Presidential Envoy for the Middle East 2011-06-01..
Alexander Lavrentiev | ألكسندر لافرنتييف, الكسندر لافرنتييف, لافرنتييف, لافرينتييف | RUS | GOV | GOV Special Presidential Envoy for Syria 2017-01-01..
Sergei Ryabkov | سيرغي ريابكوف, سيرجي ريابكوف, ريابكوف | RUS | GOV | GOV Deputy Minister of Foreign Affairs 2008-08-01..
Vladimir Titov | فلاديمير تيتوف, تيتوف | RUS | GOV | GOV First Deputy Minister of Foreign Affairs 2011-01-01..2022-12-01
Sergey Vershinin | سيرغي فيرشينين, فيرشينين | RUS | GOV | GOV Deputy Minister of Foreign Affairs 2018-01-01..
Yuri Ushakov | يوري أوشاكوف, يوري اوشاكوف, أوشاكوف, يوري أوشكوف | RUS | GOV | GOV Foreign Policy Aide to the President 2012-05-21..
Anton Siluanov | أنطون سيلوانوف, انطون سيلوانوف, سيلوانوف | RUS | GOV | GOV Minister of Finance 2011-09-26..
Alexander Novak | ألكسندر نوفاك, الكسندر نوفاك, نوفاك | RUS | GOV | GOV Minister of Energy 2012-05-21..2020-11-10 ; GOV Deputy Prime Minister 2020-11-10..
Elvira Nabiullina | إلفيرا نابيولينا, الفيرا نابيولينا, نابيولينا, إلفيرا نبيولينا, نبيولينا | RUS | GOV | GOV Governor of the Central Bank of Russia 2013-06-24..
Ramzan Kadyrov | رمضان قديروف, قديروف, رمضان أحمدوفيتش قديروف, رمضان قاديروف, قاديروف | RUS | GOV | GOV Head of the Chechen Republic 2007-03-02..
Yevgeny Prigozhin | يفغيني بريغوجين, يفجيني بريجوجين, بريغوجين, بريجوجين | RUS | MIL | MIL Founder of the Wagner Group 2014-05-01..2023-08-23
Alexei Navalny | أليكسي نافالني, اليكسي نافالني, ألكسي نافالني, نافالني | RUS | OPP | OPP Opposition leader 2011-01-01..2024-02-16
Sergei Skripal | سيرغي سكريبال, سيرجي سكريبال, سيرغي سكربال, سكريبال, سيرغي سكريبل, سيرجي سكريبل, سيرغي سكربيل, سكريبل | RUS | CVL | MIL Officer of Russian military intelligence ..1999
Patriarch Kirill | كيريل, كيريل الأول, كيريلس | RUS | REL | REL Patriarch of Moscow and all Rus' 2009-02-01..
Alexander Dvornikov | ألكسندر دفورنيكوف, دفورنيكوف | RUS | MIL | MIL Commander of Russian forces in Syria 2015-09-01..2016-06-01
Sergei Surovikin | سيرغي سوروفيكين, سوروفيكين | RUS | MIL | MIL Commander of Russian forces in Syria 2017-03-01..2017-12-01 ; MIL Commander of the Aerospace Forces 2017-11-22..2023-08-22
Dmitry Rogozin | دميتري روغوزين, روغوزين | RUS | GOV | GOV Deputy Prime Minister 2011-12-23..2018-05-07 ; GOV Director General of Roscosmos 2018-05-24..2022-07-15
Yulia Skripal | يوليا سكريبال, يوليا سكربال, ~يوليا | RUS | CVL | CVL Daughter of Sergei Skripal 2018-03-04..
# China
Hu Jintao | هو جينتاو, هو جين تاو, خو جينتاو | CHN | GOV | GOV President of China 2003-03-15..2013-03-14
Xi Jinping | شي جين بينغ, شي جينبينغ, شي جين بينج, شي جينبينج | CHN | GOV | GOV Vice President of China 2008-03-15..2012-11-15 ; GOV General Secretary of the Communist Party 2012-11-15..2013-03-14 ; GOV President of China 2013-03-14..
Wen Jiabao | ون جياباو, وين جياباو, ون جيا باو | CHN | GOV | GOV Premier 2003-03-16..2013-03-15
Li Keqiang | لي كه تشيانغ, لي كيشيانغ, لي كه تشيانج, لي كيه تشيانغ | CHN | GOV | GOV Premier 2013-03-15..2023-03-11
Li Qiang | لي تشيانغ, لي تشيانج, لي شيانغ | CHN | GOV | GOV Premier 2023-03-11..
Wang Qishan | وانغ تشي شان, وانغ كيشان | CHN | GOV | GOV Vice President of China 2018-03-17..2023-03-10
Han Zheng | هان تشنغ, هان جينغ, هان تشنج | CHN | GOV | GOV Vice President of China 2023-03-10..
Yang Jiechi | يانغ جيه تشي, يانغ جيتشي, يانغ جي تشي | CHN | GOV | GOV Minister of Foreign Affairs 2007-04-27..2013-03-16 ; GOV Director of the Central Foreign Affairs Commission Office 2013-03-16..2022-12-31
Wang Yi | وانغ يي, وانج يي, وانغ يى | CHN | GOV | GOV Minister of Foreign Affairs 2013-03-16..2022-12-30 ; GOV Director of the Central Foreign Affairs Commission Office 2023-01-01..2023-07-25 ; GOV Minister of Foreign Affairs 2023-07-25..
Qin Gang | تشين قانغ, تشين جانج, تشين غانغ, تشين قانج | CHN | GOV | GOV Foreign Ministry Spokesperson 2005-01-01..2014-09-01 ; GOV Ambassador to the United States 2021-07-28..2022-12-30 ; GOV Minister of Foreign Affairs 2022-12-30..2023-07-25
Liang Guanglie | ليانغ قوانغ ليه, ليانغ غوانغ لي | CHN | GOVMIL | GOVMIL Minister of National Defence 2008-03-17..2013-03-16
Chang Wanquan | تشانغ وان تشيوان, تشانغ وانكوان, تشانغ وان تشوان | CHN | GOVMIL | GOVMIL Minister of National Defence 2013-03-16..2018-03-19
Wei Fenghe | وي فنغ خه, وي فنغي, وي فينغ خه | CHN | GOVMIL | GOVMIL Minister of National Defence 2018-03-19..2023-03-12
Li Shangfu | لي شانغ فو, لي شانغفو | CHN | GOVMIL | GOVMIL Minister of National Defence 2023-03-12..2023-10-24
Dong Jun | دونغ جون, دونج جون, دونغ جيون | CHN | GOVMIL | GOVMIL Minister of National Defence 2023-12-29..
Hong Lei | هونغ لي, هونج لي | CHN | GOV | GOV Foreign Ministry Spokesperson 2010-01-01..2016-12-31
Hua Chunying | هوا تشون ينغ, هوا تشونينغ, هوا تشون يينغ | CHN | GOV | GOV Foreign Ministry Spokesperson 2012-09-01..
Geng Shuang | غنغ شوانغ, قنغ شوانغ, جينغ شوانغ | CHN | GOV | GOV Foreign Ministry Spokesperson 2016-01-01..2020-09-01 ; GOV Deputy Permanent Representative to the United Nations 2020-09-01..
Zhao Lijian | تشاو لي جيان, تشاو ليجيان, جاو ليجيان | CHN | GOV | GOV Foreign Ministry Spokesperson 2020-02-24..2023-01-09
Wang Wenbin | وانغ ون بين, وانغ وينبين, وانغ ون بن | CHN | GOV | GOV Foreign Ministry Spokesperson 2020-07-20..2024-01-01
Mao Ning | ماو نينغ, ماو نينج | CHN | GOV | GOV Foreign Ministry Spokesperson 2022-09-01..
Lin Jian | لين جيان, لين جيانغ | CHN | GOV | GOV Foreign Ministry Spokesperson 2024-01-01..
Guo Jiakun | قوه جيا كون, غوه جيا كون, قو جيا كون | CHN | GOV | GOV Foreign Ministry Spokesperson 2024-11-01..
Zhang Jun | تشانغ جيون, تشانغ جون, جانغ جون | CHN | GOV | GOV Permanent Representative to the United Nations 2019-07-01..2024-05-01
Fu Cong | فو كونغ, فو تسونغ | CHN | GOV | GOV Permanent Representative to the United Nations 2024-05-01..
Zhai Jun | تشاي جيون, تشاي جون, جاي جون | CHN | GOV | GOV Special Envoy for the Middle East 2019-09-01..
Wu Sike | وو سي كه, وو سيكه | CHN | GOV | GOV Special Envoy for the Middle East 2009-01-01..2014-09-01
Meng Hongwei | مينغ هونغوي, منغ هونغوي, مينغ هونغ وي | CHN | | GOV Vice Minister of Public Security 2004-04..2018-04 ; IGO President of Interpol 2016-11-10..2018-10-07
# France
Nicolas Sarkozy | نيكولا ساركوزي, ساركوزي, نيكولاس ساركوزي | FRA | GOV | GOV President of France 2007-05-16..2012-05-15
Francois Hollande / François Hollande | فرانسوا هولاند, فرنسوا هولاند, هولاند | FRA | GOV | GOV President of France 2012-05-15..2017-05-14
Emmanuel Macron | إيمانويل ماكرون, ايمانويل ماكرون, إيمانوئيل ماكرون, ماكرون | FRA | GOV | GOV Minister of the Economy 2014-08-26..2016-08-30 ; GOV President of France 2017-05-14..
Francois Fillon / François Fillon | فرانسوا فيون, فرنسوا فيون, فيون | FRA | GOV | GOV Prime Minister 2007-05-17..2012-05-15
Jean-Marc Ayrault | جان مارك إيرولت, جان مارك ايرولت, جان-مارك إيرولت, إيرولت | FRA | GOV | GOV Prime Minister 2012-05-15..2014-03-31 ; GOV Minister of Foreign Affairs 2016-02-11..2017-05-17
Manuel Valls | مانويل فالس, فالس, مانويل فالز | FRA | GOV | GOV Prime Minister 2014-03-31..2016-12-06
Bernard Cazeneuve | برنار كازنوف, كازنوف, برنارد كازنوف | FRA | GOV | GOV Minister of Interior 2014-04-02..2016-12-06 ; GOV Prime Minister 2016-12-06..2017-05-15
Edouard Philippe / Édouard Philippe | إدوار فيليب, ادوار فيليب, إدوارد فيليب | FRA | GOV | GOV Prime Minister 2017-05-15..2020-07-03
Jean Castex | جان كاستكس, كاستكس | FRA | GOV | GOV Prime Minister 2020-07-03..2022-05-16
Elisabeth Borne / Élisabeth Borne | إليزابيث بورن, اليزابيث بورن, بورن | FRA | GOV | GOV Prime Minister 2022-05-16..2024-01-09
Gabriel Attal | غابرييل أتال, غابريال أتال, جبرائيل أتال, أتال | FRA | GOV | GOV Prime Minister 2024-01-09..2024-09-05
Michel Barnier | ميشال بارنييه, ميشيل بارنييه, بارنييه | FRA | GOV | IGOEUREEC EU Chief Brexit Negotiator 2016-10-01..2021-03-31 ; GOV Prime Minister 2024-09-05..2024-12-13
Francois Bayrou / François Bayrou | فرانسوا بايرو, فرنسوا بايرو, بايرو | FRA | GOV | GOV Prime Minister 2024-12-13..2025-09-09
Sebastien Lecornu / Sébastien Lecornu | سيباستيان لوكورنو, سيبستيان لوكورنو, لوكورنو | FRA | GOV | GOVMIL Minister of the Armed Forces 2022-05-20..2025-09-09 ; GOV Prime Minister 2025-09-09..
Bernard Kouchner | برنار كوشنير, كوشنير, برنار كوشنر | FRA | GOV | GOV Minister of Foreign Affairs 2007-05-18..2010-11-14
Michele Alliot-Marie / Michèle Alliot-Marie | ميشال أليو ماري, ميشيل أليو-ماري, أليو ماري | FRA | GOV | GOV Minister of Foreign Affairs 2010-11-14..2011-02-27
Alain Juppe / Alain Juppé | آلان جوبيه, ألان جوبيه, جوبيه, آلان جوبي | FRA | GOV | GOVMIL Minister of Defence 2010-11-14..2011-02-27 ; GOV Minister of Foreign Affairs 2011-02-27..2012-05-16
Laurent Fabius | لوران فابيوس, فابيوس, لوران فابيس | FRA | GOV | GOV Minister of Foreign Affairs 2012-05-16..2016-02-11
Jean-Yves Le Drian | جان إيف لودريان, جان ايف لودريان, جان-إيف لودريان, لودريان, لو دريان | FRA | GOV | GOVMIL Minister of Defence 2012-05-16..2017-05-17 ; GOV Minister of Foreign Affairs 2017-05-17..2022-05-20 ; GOV Personal Envoy of the President for Lebanon 2023-06-07..
Catherine Colonna | كاترين كولونا, كاثرين كولونا, كولونا | FRA | GOV | GOV Minister of Foreign Affairs 2022-05-20..2024-01-11
Stephane Sejourne / Stéphane Séjourné | ستيفان سيجورنيه, ستيفان سيجورنه, سيجورنيه | FRA | GOV | GOV Minister of Foreign Affairs 2024-01-11..2024-09-21
Jean-Noel Barrot / Jean-Noël Barrot | جان نويل بارو, جان-نويل بارو, بارو | FRA | GOV | GOV Minister of Foreign Affairs 2024-09-21..
Gerard Longuet / Gérard Longuet | جيرار لونغيه, لونغيه | FRA | GOVMIL | GOVMIL Minister of Defence 2011-02-27..2012-05-16
Sylvie Goulard | سيلفي غولار, سيلفي جولار | FRA | GOVMIL | GOVMIL Minister of the Armed Forces 2017-05-17..2017-06-21
Florence Parly | فلورانس بارلي, فلورنس بارلي, بارلي | FRA | GOVMIL | GOVMIL Minister of the Armed Forces 2017-06-21..2022-05-20
Marine Le Pen | مارين لوبان, مارين لو بان, لوبان | FRA | OPP | OPP Leader of the National Front / National Rally 2011-01-16..2021-09-12 ; OPP Leader of the National Rally group in the Assembly 2017-06-18..
Jordan Bardella | جوردان بارديلا, بارديلا | FRA | OPP | OPP President of the National Rally 2021-09-12..
Jean-Luc Melenchon / Jean-Luc Mélenchon | جان لوك ميلانشون, جان-لوك ميلانشون, ميلانشون | FRA | OPP | OPP Leader of La France Insoumise 2016-02-10..
Bruno Le Maire | برونو لومير, برونو لو مير, برونو لوماير, ~لومير, ~لو مير | FRA | GOV | GOV Minister of Agriculture 2009-06-23..2012-05-10 ; GOV Minister of the Economy and Finance 2017-05-17..2024-09-21
Gerard Collomb / Gérard Collomb | جيرار كولومب, جيرار كولوم, ~كولومب | FRA | GOV | GOV Minister of the Interior 2017-05-17..2018-10-03
# United Kingdom
Gordon Brown | غوردون براون, جوردون براون, غوردن براون | GBR | GOV | GOV Prime Minister 2007-06-27..2010-05-11
David Cameron | ديفيد كاميرون, دافيد كاميرون, كاميرون | GBR | GOV | GOV Prime Minister 2010-05-11..2016-07-13 ; GOV Foreign Secretary 2023-11-13..2024-07-05
Theresa May | تيريزا ماي, تيريزا مي, تيريسا ماي, ?ماي, تريزا ماي, تريزا مي | GBR | GOV | GOV Home Secretary 2010-05-12..2016-07-13 ; GOV Prime Minister 2016-07-13..2019-07-24
Boris Johnson | بوريس جونسون, ~جونسون, بوريس جونسن | GBR | GOV | GOV Mayor of London 2008-05-04..2016-05-09 ; GOV Foreign Secretary 2016-07-13..2018-07-09 ; GOV Prime Minister 2019-07-24..2022-09-06
Liz Truss | ليز تراس, ليز تروس, ~تراس | GBR | GOV | GOV Foreign Secretary 2021-09-15..2022-09-06 ; GOV Prime Minister 2022-09-06..2022-10-25
Rishi Sunak | ريشي سوناك, سوناك | GBR | GOV | GOV Chancellor of the Exchequer 2020-02-13..2022-07-05 ; GOV Prime Minister 2022-10-25..2024-07-05
Keir Starmer | كير ستارمر, كير ستارمير, ستارمر | GBR | GOV | OPP Leader of the Opposition 2020-04-04..2024-07-05 ; GOV Prime Minister 2024-07-05..
Tony Blair | توني بلير, بلير, أنتوني بلير, توني بلار | GBR | GOV | GOV Prime Minister 1997-05-02..2007-06-27 ; GOV Quartet Representative for the Middle East 2007-06-27..2015-05-27
William Hague | وليام هيغ, ويليام هيغ, وليام هيج, هيغ | GBR | GOV | GOV Foreign Secretary 2010-05-12..2014-07-14
Philip Hammond | فيليب هاموند, هاموند | GBR | GOV | GOVMIL Defence Secretary 2011-10-14..2014-07-15 ; GOV Foreign Secretary 2014-07-15..2016-07-13 ; GOV Chancellor of the Exchequer 2016-07-13..2019-07-24
Jeremy Hunt | جيريمي هانت, جيرمي هانت, هانت | GBR | GOV | GOV Foreign Secretary 2018-07-09..2019-07-24 ; GOV Chancellor of the Exchequer 2022-10-14..2024-07-05
Dominic Raab | دومينيك راب, راب | GBR | GOV | GOV Foreign Secretary 2019-07-24..2021-09-15
James Cleverly | جيمس كليفرلي, كليفرلي | GBR | GOV | GOV Foreign Secretary 2022-09-06..2023-11-13
David Lammy | ديفيد لامي, لامي, دافيد لامي | GBR | GOV | GOV Foreign Secretary 2024-07-05..2025-09-05
Yvette Cooper | إيفيت كوبر, ايفيت كوبر, إيفت كوبر | GBR | GOV | GOV Home Secretary 2024-07-05..2025-09-05 ; GOV Foreign Secretary 2025-09-05..
Liam Fox | ليام فوكس | GBR | GOVMIL | GOVMIL Defence Secretary 2010-05-12..2011-10-14
Michael Fallon | مايكل فالون, فالون, مايكل فالن | GBR | GOVMIL | GOVMIL Defence Secretary 2014-07-15..2017-11-01
Gavin Williamson | غافين ويليامسون, جافين ويليامسون, ويليامسون, غافين وليامسون, جافين وليامسون | GBR | GOVMIL | GOVMIL Defence Secretary 2017-11-02..2019-05-01
Penny Mordaunt | بيني موردونت, موردونت | GBR | GOVMIL | GOVMIL Defence Secretary 2019-05-01..2019-07-24
Ben Wallace | بن والاس, والاس | GBR | GOVMIL | GOVMIL Defence Secretary 2019-07-24..2023-08-31
Grant Shapps | غرانت شابس, جرانت شابس, شابس | GBR | GOVMIL | GOVMIL Defence Secretary 2023-08-31..2024-07-05
John Healey | جون هيلي | GBR | GOVMIL | GOVMIL Defence Secretary 2024-07-05..
Elizabeth II / Queen Elizabeth II | إليزابيث الثانية, اليزابيث الثانية, الملكة إليزابيث, الملكة اليزابيث, الملكة إليزابيث الثانية | GBR | GOV | GOV Queen of the United Kingdom 1952-02-06..2022-09-08
Charles III / King Charles III | تشارلز الثالث, شارل الثالث, الأمير تشارلز, الأمير تشارلز ولي العهد | GBR | GOV | GOV Prince of Wales 1958-07-26..2022-09-08 ; GOV King of the United Kingdom 2022-09-08..
Jeremy Corbyn | جيريمي كوربين, جيرمي كوربن, كوربين, جيريمي كوربن, جيرمي كوربين | GBR | OPP | OPP Leader of the Opposition 2015-09-12..2020-04-04
Ed Miliband | إد ميليباند, اد ميليباند, ميليباند, إدوارد ميليباند | GBR | OPP | OPP Leader of the Opposition 2010-09-25..2015-09-12
Laurie Bristow | لوري بريستو, بريستو | GBR | GOV | GOV Ambassador to Russia 2016-01-01..2020-01-01
# Germany
Angela Merkel | أنجيلا ميركل, انجيلا ميركل, أنغيلا ميركل, ميركل | DEU | GOV | GOV Chancellor of Germany 2005-11-22..2021-12-08
Olaf Scholz | أولاف شولتس, اولاف شولتس, أولاف شولتز, شولتس, شولتز | DEU | GOV | GOV Minister of Finance 2018-03-14..2021-12-08 ; GOV Chancellor of Germany 2021-12-08..2025-05-06
Friedrich Merz | فريدريش ميرتس, فريدريتش ميرتس, فريدريش ميرز, ميرتس, ميرز | DEU | GOV | OPP Leader of the CDU in opposition 2022-01-31..2025-05-06 ; GOV Chancellor of Germany 2025-05-06..
Christian Wulff | كريستيان فولف, فولف | DEU | GOV | GOV President of Germany 2010-06-30..2012-02-17
Joachim Gauck | يواخيم غاوك, يواكيم غاوك, غاوك | DEU | GOV | GOV President of Germany 2012-03-18..2017-03-18
Frank-Walter Steinmeier | فرانك فالتر شتاينماير, فرانك-فالتر شتاينماير, شتاينماير | DEU | GOV | GOV Minister of Foreign Affairs 2013-12-17..2017-01-27 ; GOV President of Germany 2017-03-19..
Horst Koehler / Horst Köhler | هورست كوهلر, هورست كولر, كوهلر | DEU | | GOV President of Germany 2004-07-01..2010-05-31 ; IGOUNO Personal Envoy of the UN Secretary-General for Western Sahara 2017-08-16..2019-05-22
Guido Westerwelle | غيدو فيسترفيله, جيدو فيسترفيله, فيسترفيله | DEU | GOV | GOV Minister of Foreign Affairs 2009-10-28..2013-12-17
Sigmar Gabriel | زيغمار غابرييل, سيغمار غابرييل, زيجمار جابرييل, غابرييل | DEU | GOV | GOV Minister of Foreign Affairs 2017-01-27..2018-03-14
Heiko Maas | هايكو ماس | DEU | GOV | GOV Minister of Foreign Affairs 2018-03-14..2021-12-08
Annalena Baerbock | أنالينا بيربوك, انالينا بيربوك, بيربوك, آنالينا بيربوك | DEU | GOV | GOV Minister of Foreign Affairs 2021-12-08..2025-05-06 ; IGOUNO President of the UN General Assembly 2025-09-09..
Johann Wadephul | يوهان فاديفول, يوهان فادفول, فاديفول | DEU | GOV | GOV Minister of Foreign Affairs 2025-05-06..
Karl-Theodor zu Guttenberg | كارل تيودور تسو غوتنبرغ, غوتنبرغ | DEU | GOVMIL | GOVMIL Minister of Defence 2009-10-28..2011-03-03
Thomas de Maiziere / Thomas de Maizière | توماس دي ميزير, دي ميزير | DEU | GOVMIL | GOVMIL Minister of Defence 2011-03-03..2013-12-17 ; GOV Minister of Interior 2013-12-17..2018-03-14
Ursula von der Leyen | أورسولا فون دير لاين, اورسولا فون دير لاين, فون دير لاين, فون دير لايين | DEU | IGOEUREEC | GOVMIL German Minister of Defence 2013-12-17..2019-07-17 ; IGOEUREEC President of the European Commission 2019-12-01..
Annegret Kramp-Karrenbauer | أنيغريت كرامب كارنباور, كرامب كارنباور, كرامب-كارنباور | DEU | GOVMIL | GOVMIL Minister of Defence 2019-07-17..2021-12-08
Christine Lambrecht | كريستينه لامبرشت, كريستين لامبرشت, لامبرشت | DEU | GOVMIL | GOVMIL Minister of Defence 2021-12-08..2023-01-19
Boris Pistorius | بوريس بيستوريوس, بيستوريوس, بوريس بستوريوس | DEU | GOVMIL | GOVMIL Minister of Defence 2023-01-19..
Horst Seehofer | هورست زيهوفر, هورست سيهوفر, هورست زيهوفير, زيهوفر, سيهوفر | DEU | GOV | GOV Minister-President of Bavaria 2008-10-27..2018-03-13 ; GOV Federal Minister of the Interior 2018-03-14..2021-12-08
# European Union
Catherine Ashton | كاثرين آشتون, كاترين أشتون, كاثرين أشتون, آشتون | GBR | IGOEUREEC | IGOEUREEC EU High Representative for Foreign Affairs 2009-12-01..2014-10-31
Federica Mogherini | فيديريكا موغيريني, فيدريكا موغيريني, فيديريكا موجيريني, موغيريني, موجيريني, فيديريكا موغريني, موغريني, فيديريكا موغرين | ITA | IGOEUREEC | GOV Italian Minister of Foreign Affairs 2014-02-22..2014-10-31 ; IGOEUREEC EU High Representative for Foreign Affairs 2014-11-01..2019-11-30
Josep Borrell | جوزيب بوريل, جوزيف بوريل, بوريل | ESP | IGOEUREEC | GOV Spanish Minister of Foreign Affairs 2018-06-07..2019-11-29 ; IGOEUREEC EU High Representative for Foreign Affairs 2019-12-01..2024-11-30
Kaja Kallas | كايا كالاس, كاجا كالاس, كالاس | EST | IGOEUREEC | GOV Prime Minister of Estonia 2021-01-26..2024-07-15 ; IGOEUREEC EU High Representative for Foreign Affairs 2024-12-01..
Jose Manuel Barroso / José Manuel Barroso | جوزيه مانويل باروسو, خوسيه مانويل باروسو, باروسو | PRT | IGOEUREEC | IGOEUREEC President of the European Commission 2004-11-22..2014-10-31
Jean-Claude Juncker | جان كلود يونكر, جان-كلود يونكر, يونكر | LUX | IGOEUREEC | IGOEUREEC President of the European Commission 2014-11-01..2019-11-30
Herman Van Rompuy | هيرمان فان رومبوي, فان رومبوي, هيرمان فان رومباي | BEL | IGOEUREEC | IGOEUREEC President of the European Council 2009-12-01..2014-11-30
Donald Tusk | دونالد توسك, توسك, دونالد تاسك | POL | IGOEUREEC | GOV Prime Minister of Poland 2007-11-16..2014-09-22 ; IGOEUREEC President of the European Council 2014-12-01..2019-11-30 ; GOV Prime Minister of Poland 2023-12-13..
Charles Michel | شارل ميشيل, شارل ميشال | BEL | IGOEUREEC | GOV Prime Minister of Belgium 2014-10-11..2019-10-27 ; IGOEUREEC President of the European Council 2019-12-01..2024-11-30
Antonio Costa / António Costa | أنطونيو كوستا, انطونيو كوستا, أنطونيو كوشتا | PRT | IGOEUREEC | GOV Prime Minister of Portugal 2015-11-26..2024-04-02 ; IGOEUREEC President of the European Council 2024-12-01..
Mario Draghi | ماريو دراغي, ماريو دراجي, دراغي | ITA | GOV | IGOEUREEC President of the European Central Bank 2011-11-01..2019-10-31 ; GOV Prime Minister of Italy 2021-02-13..2022-10-22
Christine Lagarde | كريستين لاغارد, كريستين لاجارد, لاغارد | FRA | IGOEUREEC | IGOBUSIMF Managing Director of the IMF 2011-07-05..2019-09-12 ; IGOEUREEC President of the European Central Bank 2019-11-01..
Roberta Metsola | روبرتا ميتسولا, ميتسولا | MLT | IGOEUREEC | IGOEUREEC President of the European Parliament 2022-01-18..
Luigi Di Maio | لويجي دي مايو, دي مايو, لويجي ديمايو مايو | ITA | GOV | OPP Political leader of the Five Star Movement 2017-09-23..2018-05-31 ; GOV Deputy Prime Minister, Minister of Economic Development and Labour 2018-06-01..2019-09-04 ; GOV Italian Minister of Foreign Affairs 2019-09-05..2022-10-22 ; IGOEUREEC EU Special Representative for the Gulf 2023-06-01..
# Italy
Silvio Berlusconi | سيلفيو برلسكوني, برلسكوني, برلوسكوني | ITA | GOV | GOV Prime Minister 2008-05-08..2011-11-16
Mario Monti | ماريو مونتي, مونتي | ITA | GOV | GOV Prime Minister 2011-11-16..2013-04-28
Enrico Letta | إنريكو ليتا, انريكو ليتا, ليتا | ITA | GOV | GOV Prime Minister 2013-04-28..2014-02-22
Matteo Renzi | ماتيو رينزي, رينزي, ماتيو رنزي | ITA | GOV | GOV Prime Minister 2014-02-22..2016-12-12
Paolo Gentiloni | باولو جينتيلوني, جنتيلوني, جينتيلوني | ITA | GOV | GOV Minister of Foreign Affairs 2014-10-31..2016-12-12 ; GOV Prime Minister 2016-12-12..2018-06-01 ; IGOEUREEC European Commissioner for Economy 2019-12-01..2024-11-30
Giuseppe Conte | جوزيبي كونتي, كونتي | ITA | GOV | GOV Prime Minister 2018-06-01..2021-02-13
Giorgia Meloni | جورجيا ميلوني, ميلوني, جيورجيا ميلوني | ITA | GOV | OPP Leader of Brothers of Italy 2014-03-08..2022-10-22 ; GOV Prime Minister 2022-10-22..
Sergio Mattarella | سيرجو ماتاريلا, سيرجيو ماتاريلا, ماتاريلا | ITA | GOV | GOV President of Italy 2015-02-03..
Giorgio Napolitano | جورجو نابوليتانو, جورجيو نابوليتانو, نابوليتانو | ITA | GOV | GOV President of Italy 2006-05-15..2015-01-14
Franco Frattini | فرانكو فراتيني, فراتيني | ITA | GOV | GOV Minister of Foreign Affairs 2008-05-08..2011-11-16
Giulio Terzi | جوليو تيرزي, تيرزي | ITA | GOV | GOV Minister of Foreign Affairs 2011-11-16..2013-03-26
Emma Bonino | إيما بونينو, ايما بونينو, بونينو | ITA | GOV | GOV Minister of Foreign Affairs 2013-04-28..2014-02-22
Angelino Alfano | أنجلينو ألفانو, انجلينو الفانو, ألفانو | ITA | GOV | GOV Minister of Foreign Affairs 2016-12-12..2018-06-01
Enzo Moavero Milanesi | إنزو موافيرو ميلانيزي, موافيرو ميلانيزي | ITA | GOV | GOV Minister of Foreign Affairs 2018-06-01..2019-09-05
Antonio Tajani | أنطونيو تاياني, انطونيو تاياني, تاياني, انطونيو تاجاني, تاجاني | ITA | GOV | IGOEUREEC President of the European Parliament 2017-01-17..2019-07-03 ; GOV Minister of Foreign Affairs 2022-10-22..
Roberta Pinotti | روبرتا بينوتي, بينوتي | ITA | GOVMIL | GOVMIL Minister of Defence 2014-02-22..2018-06-01
Elisabetta Trenta | إليزابيتا ترينتا, اليزابيتا ترينتا, ترينتا | ITA | GOVMIL | GOVMIL Minister of Defence 2018-06-01..2019-09-05
Lorenzo Guerini | لورينزو غويريني, لورنزو جويريني, غويريني | ITA | GOVMIL | GOVMIL Minister of Defence 2019-09-05..2022-10-22
Guido Crosetto | غيدو كروسيتو, جيدو كروسيتو, كروسيتو | ITA | GOVMIL | GOVMIL Minister of Defence 2022-10-22..
Matteo Salvini | ماتيو سالفيني, ماتيو سالفني, سالفيني | ITA | | OPP Leader of the Lega in opposition 2013-12-15..2018-05-31 ; GOV Deputy Prime Minister and Minister of the Interior 2018-06-01..2019-09-05 ; GOV Deputy Prime Minister and Minister of Infrastructure 2022-10-22..
# Added: Italian defence ministers 2008-2014
Ignazio La Russa | إينياتسيو لا روسا, اينياتسيو لاروسا, لا روسا | ITA | GOVMIL | GOVMIL Minister of Defence 2008-05-08..2011-11-16 ; LEG President of the Senate 2022-10-13..
Giampaolo Di Paola | جامباولو دي باولا, جيامباولو دي باولا, دي باولا | ITA | GOVMIL | GOVMIL Minister of Defence 2011-11-16..2013-04-28
Mario Mauro | ماريو ماورو, ماورو | ITA | GOVMIL | GOVMIL Minister of Defence 2013-04-28..2014-02-22
Herve Morin / Hervé Morin | إيرفيه موران, هيرفيه موران, موران | FRA | GOVMIL | GOVMIL Minister of Defence 2007-05-18..2010-11-14
Sergei Kiriyenko | سيرغي كيرينكو, سيرجي كيرينكو, كيرينكو | RUS | GOV | GOV First Deputy Chief of Staff of the Presidential Administration 2016-10-05..
Sergey Kislyak | سيرغي كيسلياك, سيرجي كيسلياك, كيسلياك | RUS | GOV | GOV Ambassador to the United States 2008-07-26..2017-08-21
Anatoly Antonov | أناتولي أنطونوف, اناتولي انطونوف, ~أنطونوف | RUS | GOV | GOVMIL Deputy Minister of Defence 2011-02-01..2016-12-01 ; GOV Ambassador to the United States 2017-08-21..2024-10-05
Alexander Darchiev | ألكسندر دارتشييف, دارتشييف | RUS | GOV | GOV Ambassador to the United States 2025-03-01..
Kirill Dmitriev | كيريل دميترييف, كيريل ديمترييف, دميترييف | RUS | GOV | BUS Chief Executive of the Russian Direct Investment Fund 2011-01-01.. ; GOV Special Presidential Envoy for Economic Cooperation 2025-02-01..
Rustam Minnikhanov | رستم مينيخانوف, مينيخانوف | RUS | GOV | GOV President of Tatarstan 2010-03-25..
# Added: UK Commons speakers
John Bercow | جون بيركو, جون بركو, بيركو | GBR | LEG | LEG Speaker of the House of Commons 2009-06-22..2019-11-04
Lindsay Hoyle | ليندسي هويل, ليندساي هويل, هويل | GBR | LEG | LEG Speaker of the House of Commons 2019-11-04..
Igor Konashenkov | إيغور كوناشينكوف, ايغور كوناشنكوف, إيغور كوناشنكوف, كوناشينكوف, كوناشنكوف | RUS | MIL | MIL Spokesman of the Ministry of Defence 2012-01-01..
# Added from unlinked names in ANT news (2018): UK ministers and officials, Russians of the Skripal case
Amber Rudd | أمبر رود, آمبر رود, أمبر راد, آمبر راد | GBR | GOV | GOV Home Secretary 2016-07-13..2018-04-29 ; GOV Work and Pensions Secretary 2018-11-16..2019-09-07
Sajid Javid | ساجد جاويد, ساجيد جاويد, ساجد جافيد, ~جاويد | GBR | GOV | GOV Home Secretary 2018-04-30..2019-07-24 ; GOV Chancellor of the Exchequer 2019-07-24..2020-02-13 ; GOV Health Secretary 2021-06-26..2022-07-05
David Davis | ديفيد ديفيز, ديفيد ديفيس, ~ديفيز | GBR | GOV | GOV Secretary of State for Exiting the European Union 2016-07-13..2018-07-09
Tom Tugendhat | توم توغندهات, توم توجندات, توم توغندات, توغندهات | GBR | LEG | LEG Chair of the Foreign Affairs Committee 2017-07-12..2022-07-07 ; GOV Security Minister 2022-09-06..2024-07-05
Sadiq Khan | صادق خان | GBR | GOV | GOV Mayor of London 2016-05-09..
Mark Rowley | مارك رولي, مارك راولي | GBR | COP | COP Assistant Commissioner for Specialist Operations 2014-06..2018-03 ; COP Commissioner of the Metropolitan Police 2022-09-12..
Alexander Litvinenko | ألكسندر ليتفينينكو, ألكسندر ليتفيننكو, الكسندر ليتفينينكو, ليتفينينكو, ليتفيننكو | RUS | CVL | SPY Officer of the FSB ..2000
Ruslan Boshirov | روسلان بوشيروف, بوشيروف | RUS | SPY |
Boris Berezovsky | بوريس بيريزوفسكي, بوريس بيرزوفسكي, بيريزوفسكي | RUS | BUS |
Pavel Grudinin | بافل غرودينين, بافيل غرودينين, غرودينين | RUS | OPP | OPP Communist Party presidential candidate 2017-12-23..2018-03-18
Alexander Yakovenko | ألكسندر ياكوفينكو, الكسندر ياكوفينكو, ياكوفينكو | RUS | GOV | GOV Ambassador to the United Kingdom 2011-01..2019-08
Alexander Grushko | ألكسندر غروشكو, الكسندر غروشكو, غروشكو | RUS | GOV | GOV Ambassador to NATO 2012-01..2018-01 ; GOV Deputy Minister of Foreign Affairs 2018-01-22..
Cecilia Malmstrom / Cecilia Malmström | سيسيليا مالمستروم, سيسيليا مالمستروم, مالمستروم | SWE | IGOEUREEC | IGOEUREEC European Commissioner for Home Affairs 2010-02-10..2014-10-31 ; IGOEUREEC European Commissioner for Trade 2014-11-01..2019-11-30
Marlene Schiappa / Marlène Schiappa | مارلين شيابا, مارلين سكيابا, شيابا | FRA | GOV | GOV Secretary of State for Gender Equality 2017-05-17..2020-07-06 ; GOV Minister Delegate for Citizenship 2020-07-06..2022-05-20
Arnaud Beltrame | أرنو بلترام, أرنو بيلترام, أرنو بلترامي, أرنو بيلترامي | FRA | COP | COP Gendarmerie lieutenant-colonel ..2018-03-24
# Added from unlinked names in ANT news (2018, articles 3,000-12,000), second pass
Matt Hancock | ماثيو هانكوك, هانكوك | GBR | GOV | GOV Secretary of State for Digital, Culture, Media and Sport 2018-01-08..2018-07-09 ; GOV Secretary of State for Health and Social Care 2018-07-09..2021-06-26
Cressida Dick | كريسيدا ديك | GBR | COP | COP Commissioner of the Metropolitan Police 2017-04-10..2022-04-10
Karen Pierce | كارين بيرس | GBR | GOV | GOV Permanent Representative to the United Nations 2018-03..2020-03 ; GOV Ambassador to the United States 2020-03..
Charlie Rowley | تشارلي رولي, تشارلي راولي | GBR | CVL |
Nick Bailey | نيك بيلي, نيك بايلي | GBR | COP |
Viktoria Skripal | فيكتوريا سكريبال, فيكتوريا سكريبل | RUS | CVL |
Alexander Nix | ألكسندر نيكس, الكسندر نيكس | GBR | BUS | BUS Chief Executive of Cambridge Analytica ..2018-03-20
Christopher Wylie | كريستوفر وايلي, كريستوفر ويلي | CAN | CVL |
Catherine, Duchess of Cambridge / Kate Middleton | كيت ميدلتون, كاثرين ميدلتون, دوقة كامبريدج | GBR | ELI |
Princess Eugenie | الأميرة يوجيني, الأميرة أوجيني | GBR | ELI |
Arkady Babchenko | أركادي بابتشينكو, أركادي بابتشنكو, بابتشينكو | RUS | MED |
Pavel Durov | بافل دوروف, بافيل دوروف, دوروف | RUS | BUS |
"""
