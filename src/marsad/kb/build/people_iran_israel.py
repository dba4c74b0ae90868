"""People of Iran and Israel, 2010-2025 (table format: see people_gen.py)."""

ROWS = """
# Iran: leaders and presidents
Ali Khamenei | علي خامنئي, علي الخامنئي, خامنئي, الخامنئي, علي حسيني خامنئي, خامنه اي | IRN | GOV | GOV Supreme Leader of Iran 1989-06-04..
Mojtaba Khamenei | مجتبى خامنئي, مجتبي خامنئي, مجتبى الخامنئي | IRN | ELI | ELI Son of the Supreme Leader 1990-01-01..
Mahmoud Ahmadinejad | محمود أحمدي نجاد, محمود احمدي نجاد, أحمدي نجاد, احمدي نجاد, أحمدي نژاد, محمود أحمدي نژاد | IRN | GOV | GOV President of Iran 2005-08-03..2013-08-03
Hassan Rouhani | حسن روحاني, ~روحاني, حسن فريدون روحاني | IRN | GOV | GOV President of Iran 2013-08-03..2021-08-03
Ebrahim Raisi | إبراهيم رئيسي, ابراهيم رئيسي, ~رئيسي, إبراهيم رئيسى | IRN | GOV | JUD Chief Justice of Iran 2019-03-07..2021-07-01 ; GOV President of Iran 2021-08-03..2024-05-19
Mohammad Mokhber | محمد مخبر, ~مخبر | IRN | GOV | GOV First Vice President 2021-08-08..2024-07-28
Masoud Pezeshkian | مسعود بزشكيان, مسعود بيزشكيان, بزشكيان, بيزشكيان, مسعود پزشكيان, پزشكيان | IRN | GOV | LEG Member of Parliament for Tabriz 2008-05-28..2024-07-28 ; GOV President of Iran 2024-07-28..
Eshaq Jahangiri | إسحاق جهانغيري, اسحاق جهانغيري, جهانغيري, إسحق جهانكيري, إسحاق جهانكيري, جهانكيري, إسحق جهانغيري | IRN | GOV | GOV First Vice President 2013-08-05..2021-08-03
Mohammad Reza Aref | محمد رضا عارف, محمدرضا عارف | IRN | GOV | GOV First Vice President 2024-07-29..
Mohammad Khatami | محمد خاتمي, خاتمي, سيد محمد خاتمي | IRN | OPP | OPP Former president and reformist leader 2005-08-03..
Akbar Hashemi Rafsanjani | أكبر هاشمي رفسنجاني, علي أكبر هاشمي رفسنجاني, هاشمي رفسنجاني, رفسنجاني | IRN | GOV | GOV Chairman of the Expediency Discernment Council 1989-01-01..2017-01-08
Mir Hossein Mousavi | مير حسين موسوي, ميرحسين موسوي, مير حسين موسوي خامنه | IRN | OPP | OPP Green Movement leader under house arrest 2009-06-13..
Mehdi Karroubi | مهدي كروبي, كروبي, مهدي كروبي | IRN | OPP | OPP Green Movement leader under house arrest 2009-06-13..
# Iran: foreign ministers, diplomats, spokespeople
Manouchehr Mottaki | منوشهر متكي, متكي | IRN | GOV | GOV Minister of Foreign Affairs 2005-08-24..2010-12-13
Ali Akbar Salehi | علي أكبر صالحي, علي اكبر صالحي, أكبر صالحي, ~صالحي | IRN | GOV | GOV Head of the Atomic Energy Organization 2009-07-16..2010-12-13 ; GOV Minister of Foreign Affairs 2010-12-13..2013-08-15 ; GOV Head of the Atomic Energy Organization 2013-08-16..2021-08-29
Mohammad Javad Zarif | محمد جواد ظريف, جواد ظريف, محمدجواد ظريف, ~ظريف | IRN | GOV | GOV Minister of Foreign Affairs 2013-08-15..2021-08-25 ; GOV Vice President for Strategic Affairs 2024-08-01..2025-03-02
Hossein Amir-Abdollahian | حسين أمير عبد اللهيان, حسين أمير عبداللهيان, حسين امير عبد اللهيان, أمير عبد اللهيان, عبد اللهيان, عبداللهيان | IRN | GOV | GOV Deputy Minister of Foreign Affairs for Arab and African Affairs 2011-01-01..2016-06-01 ; GOV Minister of Foreign Affairs 2021-08-25..2024-05-19
Ali Bagheri Kani | علي باقري كني, علي باقري, باقري كني | IRN | GOV | GOV Deputy Minister of Foreign Affairs and Chief Nuclear Negotiator 2021-09-01..2024-05-20 ; GOV Acting Minister of Foreign Affairs 2024-05-20..2024-08-21
Abbas Araghchi | عباس عراقجي, عباس عراقتشي, عراقجي, عراقتشي | IRN | GOV | GOV Deputy Minister of Foreign Affairs 2013-08-01..2021-08-25 ; GOV Minister of Foreign Affairs 2024-08-21..
Majid Takht-Ravanchi | مجيد تخت روانجي, تخت روانجي | IRN | GOV | GOV Permanent Representative to the United Nations 2019-04-01..2022-05-01 ; GOV Deputy Minister of Foreign Affairs 2024-09-01..
Amir Saeid Iravani | أمير سعيد إيرواني, امير سعيد ايرواني, إيرواني | IRN | GOV | GOV Permanent Representative to the United Nations 2022-05-01..
Gholamali Khoshroo | غلام علي خوشرو, خوشرو | IRN | GOV | GOV Permanent Representative to the United Nations 2014-08-01..2019-04-01
Mohammad Khazaee | محمد خزاعي, محمد الخزاعي | IRN | GOV | GOV Permanent Representative to the United Nations 2007-07-01..2014-08-01
Kazem Gharibabadi | كاظم غريب آبادي, كاظم غريب ابادي, غريب آبادي | IRN | GOV | GOV Representative to the IAEA 2018-01-01..2021-12-01 ; GOV Deputy Minister of Foreign Affairs 2024-09-01..
Kamal Kharazi | كمال خرازي, خرازي | IRN | GOV | GOV Head of the Strategic Council on Foreign Relations 2006-06-01..
Ali Akbar Velayati | علي أكبر ولايتي, علي اكبر ولايتي, ~ولايتي | IRN | GOV | GOV Adviser to the Supreme Leader on International Affairs 1997-01-01..
Ramin Mehmanparast | رامين مهمانبرست, رامين مهمان برست, مهمانبرست, مهمان برست | IRN | GOV | GOV Foreign Ministry Spokesperson 2008-09-01..2013-09-01
Marzieh Afkham | مرضية أفخم, مرضيه افخم, ~أفخم | IRN | GOV | GOV Foreign Ministry Spokesperson 2013-09-01..2015-08-01
Hossein Jaberi Ansari | حسين جابري أنصاري, حسين جابري انصاري, جابري أنصاري | IRN | GOV | GOV Foreign Ministry Spokesperson 2015-08-01..2016-08-01
Bahram Ghasemi | بهرام قاسمي | IRN | GOV | GOV Foreign Ministry Spokesperson 2016-08-01..2019-09-01
Abbas Mousavi | عباس موسوي | IRN | GOV | GOV Foreign Ministry Spokesperson 2019-09-01..2021-05-01
Saeed Khatibzadeh | سعيد خطيب زاده, سعيد خطيبزاده, خطيب زاده | IRN | GOV | GOV Foreign Ministry Spokesperson 2021-05-01..2022-05-01
Nasser Kanaani | ناصر كنعاني, ~كنعاني | IRN | GOV | GOV Foreign Ministry Spokesperson 2022-05-01..2024-09-01
Esmaeil Baghaei | إسماعيل بقائي, اسماعيل بقائي, بقائي | IRN | GOV | GOV Foreign Ministry Spokesperson 2024-09-01..
Ali Rabiei | علي ربيعي | IRN | GOV | GOV Government Spokesperson 2019-02-01..2021-08-03
Fatemeh Mohajerani | فاطمة مهاجراني, مهاجراني | IRN | GOV | GOV Government Spokesperson 2024-08-01..
# Iran: defence, IRGC, security
Ahmad Vahidi | أحمد وحيدي, احمد وحيدي, ~وحيدي | IRN | GOVMIL | GOVMIL Minister of Defence 2009-09-03..2013-08-15 ; GOV Minister of Interior 2021-08-25..2024-08-21
Hossein Dehghan | حسين دهقان, دهقان | IRN | GOVMIL | GOVMIL Minister of Defence 2013-08-15..2017-08-20
Amir Hatami | أمير حاتمي, امير حاتمي, حاتمي | IRN | GOVMIL | GOVMIL Minister of Defence 2017-08-20..2021-08-25 ; MIL Commander of the Army 2025-06-13..
Mohammad-Reza Gharaei Ashtiani | محمد رضا آشتياني, محمد رضا قرائي آشتياني, آشتياني | IRN | GOVMIL | GOVMIL Minister of Defence 2021-08-25..2024-08-21
Aziz Nasirzadeh | عزيز نصير زاده, عزيز نصيرزاده, نصير زاده, نصيرزاده | IRN | GOVMIL | GOVMIL Minister of Defence 2024-08-21..
Mohammad Ali Jafari | محمد علي جعفري, محمدعلي جعفري | IRN | MIL | MIL Commander-in-Chief of the IRGC 2007-09-01..2019-04-21
Hossein Salami | حسين سلامي, ~سلامي | IRN | MIL | MIL Commander-in-Chief of the IRGC 2019-04-21..2025-06-13
Mohammad Pakpour | محمد باكبور, محمد پاكپور, باكبور | IRN | MIL | MIL Commander of the IRGC Ground Forces 2009-01-01..2025-06-13 ; MIL Commander-in-Chief of the IRGC 2025-06-13..
Qasem Soleimani | قاسم سليماني, ~سليماني | IRN | MIL | MIL Commander of the IRGC Quds Force 1998-01-01..2020-01-03
Esmail Qaani | إسماعيل قاآني, اسماعيل قاآني, إسماعيل قآني, قاآني, قآني, إسماعيل قاني | IRN | MIL | MIL Commander of the IRGC Quds Force 2020-01-03..
Hassan Firouzabadi | حسن فيروز آبادي, حسن فيروزآبادي, فيروز آبادي | IRN | MIL | MIL Chief of Staff of the Armed Forces 1989-01-01..2016-06-28
Mohammad Bagheri | محمد باقري, محمد حسين باقري, ~باقري | IRN | MIL | MIL Chief of Staff of the Armed Forces 2016-06-28..2025-06-13
Abdolrahim Mousavi | عبد الرحيم موسوي, عبدالرحيم موسوي | IRN | MIL | MIL Commander of the Army 2017-08-21..2025-06-13 ; MIL Chief of Staff of the Armed Forces 2025-06-13..
Amir Ali Hajizadeh | أمير علي حاجي زاده, امير علي حاجي زاده, حاجي زاده, حاجيزاده | IRN | MIL | MIL Commander of the IRGC Aerospace Force 2009-10-01..2025-06-13
Mohsen Fakhrizadeh | محسن فخري زاده, فخري زاده | IRN | MIL | MIL Head of the defence research organisation SPND 2011-01-01..2020-11-27
Saeed Jalili | سعيد جليلي, ~جليلي | IRN | GOV | GOV Secretary of the Supreme National Security Council 2007-10-20..2013-09-10
Ali Shamkhani | علي شمخاني, شمخاني | IRN | GOV | GOV Secretary of the Supreme National Security Council 2013-09-10..2023-05-22
Ali Akbar Ahmadian | علي أكبر أحمديان, علي اكبر احمديان, أحمديان | IRN | GOV | GOV Secretary of the Supreme National Security Council 2023-05-22..2025-08-05
Ali Larijani | علي لاريجاني, ~لاريجاني | IRN | LEG | LEG Speaker of Parliament 2008-05-28..2020-05-28 ; GOV Secretary of the Supreme National Security Council 2025-08-05..
Sadegh Larijani / Sadeq Amoli Larijani | صادق لاريجاني, صادق آملي لاريجاني, آملي لاريجاني | IRN | JUD | JUD Chief Justice of Iran 2009-08-15..2019-03-07 ; GOV Chairman of the Expediency Discernment Council 2018-12-29..
Mohammad Bagher Ghalibaf | محمد باقر قاليباف, محمدباقر قاليباف, قاليباف | IRN | LEG | GOV Mayor of Tehran 2005-09-01..2017-08-01 ; LEG Speaker of Parliament 2020-05-28..
Gholam-Hossein Mohseni-Eje'i | غلام حسين محسني إجئي, غلامحسين محسني ايجئي, محسني إجئي, محسني ايجئي | IRN | JUD | JUD Chief Justice of Iran 2021-07-01..
Ahmad Jannati | أحمد جنتي, احمد جنتي, ~جنتي | IRN | GOV | GOV Secretary of the Guardian Council 1992-07-01.. ; GOV Chairman of the Assembly of Experts 2016-05-24..2024-05-21
Mohammad Eslami | محمد إسلامي, محمد اسلامي | IRN | GOV | GOV Head of the Atomic Energy Organization 2021-08-29..
Abdolnaser Hemmati | عبد الناصر همتي, عبدالناصر همتي, ~همتي | IRN | GOV | GOV Governor of the Central Bank 2018-07-25..2021-05-01 ; GOV Minister of Economy 2024-08-21..2025-03-02
Bijan Zanganeh | بيجن زنكنه, بيجن نامدار زنكنه, زنكنه | IRN | GOV | GOV Minister of Petroleum 2013-08-15..2021-08-25
Javad Owji | جواد أوجي, جواد اوجي, أوجي | IRN | GOV | GOV Minister of Petroleum 2021-08-25..2024-08-21
Ahmad Khatami | أحمد خاتمي, احمد خاتمي | IRN | REL | REL Tehran Friday prayer leader 2005-01-01..
Hassan Khomeini | حسن الخميني, حسن خميني | IRN | REL | REL Custodian of the Khomeini mausoleum 1995-01-01..
Narges Mohammadi | نرجس محمدي | IRN | OPP | OPP Human rights activist, Nobel Peace Prize laureate 2003-01-01..
Nasrin Sotoudeh | نسرين ستوده, ستوده | IRN | OPP | OPP Human rights lawyer 2010-01-01..
Reza Pahlavi | رضا بهلوي, رضا پهلوي | IRN | OPP | OPP Exiled crown prince and opposition figure 1979-01-16..
Maryam Rajavi | مريم رجوي, رجوي | IRN | IRNOPP | IRNOPP Leader of the People's Mojahedin (MEK) 1993-01-01..
# Israel: heads of state and government
Benjamin Netanyahu | بنيامين نتنياهو, بنيامين نتانياهو, نتنياهو, نتانياهو, بنيامين نتن ياهو, نتن ياهو, بنيامين ناتانياهو | ISR | GOV | GOV Prime Minister 2009-03-31..2021-06-13 ; LEG Leader of the Opposition 2021-06-13..2022-12-29 ; GOV Prime Minister 2022-12-29..
Avichai Mandelblit | أفيحاي مندلبليت, أفيحاي ماندلبليت, مندلبليت, ماندلبليت | ISR | JUD | GOV Cabinet Secretary 2013-05-01..2016-02-01 ; JUD Attorney General 2016-02-01..2022-01-31
Naftali Bennett | نفتالي بينيت, نفتالي بينت, نفتالي بنيت, بينيت | ISR | GOV | GOV Minister of Economy 2013-03-18..2015-05-14 ; GOV Minister of Education 2015-05-14..2019-06-02 ; GOVMIL Minister of Defence 2019-11-12..2020-05-17 ; GOV Prime Minister 2021-06-13..2022-06-30
Yair Lapid | يائير لابيد, يائير لبيد, لابيد | ISR | GOV | GOV Minister of Finance 2013-03-18..2014-12-02 ; LEG Leader of the Opposition 2020-05-17..2021-06-13 ; GOV Minister of Foreign Affairs 2021-06-13..2022-07-01 ; GOV Prime Minister 2022-07-01..2022-12-29 ; LEG Leader of the Opposition 2023-01-01..
Shimon Peres | شمعون بيريز, شيمون بيريز, شمعون بيرس, بيريز | ISR | GOV | GOV President of Israel 2007-07-15..2014-07-24
Reuven Rivlin | رؤوفين ريفلين, روفين ريفلين, رؤوبين ريفلين, ريفلين | ISR | GOV | LEG Speaker of the Knesset 2009-03-30..2013-03-18 ; GOV President of Israel 2014-07-24..2021-07-07
Isaac Herzog | يتسحاق هرتسوغ, إسحاق هرتسوغ, اسحق هرتسوغ, يتسحاق هرتسوج, هرتسوغ, هرتسوج | ISR | GOV | LEG Leader of the Opposition 2013-11-22..2018-07-01 ; GOV President of Israel 2021-07-07..
Ehud Olmert | إيهود أولمرت, ايهود اولمرت, أولمرت, أيهود أولمرت | ISR | GOV | GOV Prime Minister 2006-04-14..2009-03-31
Ariel Sharon | أرييل شارون, ارييل شارون, أريئيل شارون, شارون | ISR | GOV | GOV Prime Minister 2001-03-07..2006-04-14
# Israel: foreign and defence ministers
Avigdor Lieberman | أفيغدور ليبرمان, افيغدور ليبرمان, أفيغدور ليبرمن, ليبرمان, ليبرمن | ISR | GOV | GOV Minister of Foreign Affairs 2009-03-31..2012-12-18 ; GOV Minister of Foreign Affairs 2013-11-11..2015-05-14 ; GOVMIL Minister of Defence 2016-05-30..2018-11-14 ; GOV Minister of Finance 2021-06-13..2022-12-29
Israel Katz | يسرائيل كاتس, يسرائيل كاتز, إسرائيل كاتس, اسرائيل كاتس, كاتس, كاتز | ISR | GOV | GOV Minister of Transport 2009-03-31..2019-02-17 ; GOV Minister of Foreign Affairs 2019-02-17..2020-05-17 ; GOV Minister of Finance 2020-05-17..2021-06-13 ; GOV Minister of Energy 2023-01-01..2024-01-01 ; GOV Minister of Foreign Affairs 2024-01-01..2024-11-07 ; GOVMIL Minister of Defence 2024-11-07..
Gabi Ashkenazi | غابي أشكنازي, جابي أشكنازي, غابي اشكنازي, أشكنازي | ISR | GOV | MIL Chief of the General Staff 2007-02-14..2011-02-14 ; GOV Minister of Foreign Affairs 2020-05-17..2021-06-13
Eli Cohen | إيلي كوهين, ايلي كوهين, إيلي كوهن | ISR | GOV | GOV Minister of Intelligence 2020-05-17..2021-06-13 ; GOV Minister of Foreign Affairs 2022-12-29..2024-01-01 ; GOV Minister of Energy 2024-01-01..
Gideon Sa'ar | جدعون ساعر, جدعون ساعار, غدعون ساعر, ساعر | ISR | GOV | GOV Minister of Justice 2021-06-13..2022-12-29 ; GOV Minister of Foreign Affairs 2024-11-07..
Ehud Barak | إيهود باراك, ايهود باراك, إيهود براك | ISR | GOVMIL | GOVMIL Minister of Defence 2007-06-18..2013-03-18
Moshe Ya'alon | موشيه يعالون, موشي يعالون, موشيه يعلون, يعالون, يعلون | ISR | GOVMIL | GOVMIL Minister of Defence 2013-03-18..2016-05-20
Benny Gantz | بيني غانتس, بيني جانتس, بني غانتس, غانتس, جانتس | ISR | GOVMIL | MIL Chief of the General Staff 2011-02-14..2015-02-16 ; LEG Speaker of the Knesset 2020-03-26..2020-05-17 ; GOVMIL Minister of Defence 2020-05-17..2022-12-29 ; GOV Minister in the war cabinet 2023-10-11..2024-06-09 ; LEG Leader of the National Unity party 2024-06-09..
Yoav Gallant | يوآف غالانت, يوآف جالانت, يواف غالانت, غالانت, جالانت | ISR | GOVMIL | GOVMIL Minister of Defence 2022-12-29..2024-11-05
# Israel: military and intelligence
Gadi Eisenkot | غادي آيزنكوت, غادي أيزنكوت, غادي إيزنكوت, آيزنكوت, أيزنكوت, إيزنكوت | ISR | MIL | MIL Chief of the General Staff 2015-02-16..2019-01-15 ; GOV Observer in the war cabinet 2023-10-11..2024-06-09
Aviv Kochavi | أفيف كوخافي, افيف كوخافي, كوخافي | ISR | MIL | MIL Chief of the General Staff 2019-01-15..2023-01-16
Herzi Halevi | هرتسي هليفي, هرتسي هاليفي, هليفي, هاليفي | ISR | MIL | MIL Chief of the General Staff 2023-01-16..2025-03-05
Eyal Zamir | إيال زامير, ايال زامير, زامير | ISR | MIL | MIL Director-General of the Ministry of Defence 2023-03-01..2025-03-05 ; MIL Chief of the General Staff 2025-03-05..
Meir Dagan | مئير داغان, مائير داغان, داغان | ISR | GOVSPY | GOVSPY Director of the Mossad 2002-09-01..2011-01-06
Tamir Pardo | تامير باردو, تمير باردو, باردو | ISR | GOVSPY | GOVSPY Director of the Mossad 2011-01-06..2016-01-06
Yossi Cohen | يوسي كوهين, يوسي كوهن | ISR | GOVSPY | GOVSPY Director of the Mossad 2016-01-06..2021-06-01
David Barnea | ديفيد برنياع, دافيد برنياع, ديفيد بارنيا, برنياع | ISR | GOVSPY | GOVSPY Director of the Mossad 2021-06-01..
Yoram Cohen | يورام كوهين | ISR | GOVSPY | GOVSPY Director of the Shin Bet 2011-05-15..2016-05-08
Nadav Argaman | نداف أرغمان, ناداف أرغمان, أرغمان | ISR | GOVSPY | GOVSPY Director of the Shin Bet 2016-05-08..2021-10-13
Ronen Bar | رونين بار | ISR | GOVSPY | GOVSPY Director of the Shin Bet 2021-10-13..2025-06-15
Meir Ben-Shabbat | مئير بن شبات, مائير بن شابات, بن شبات | ISR | GOV | GOV National Security Advisor 2017-08-01..2021-10-01
Eyal Hulata | إيال حولتا, ايال حولاتا, حولتا | ISR | GOV | GOV National Security Advisor 2021-10-01..2023-01-01
Tzachi Hanegbi | تساحي هنغبي, تساحي هانغبي, هنغبي | ISR | GOV | GOV National Security Advisor 2023-01-01..
Daniel Hagari | دانيال هغاري, دانيال هاغاري, هغاري, هاغاري | ISR | MIL | MIL IDF Spokesperson 2023-03-01..2025-03-31
Avichay Adraee | أفيخاي أدرعي, افيخاي ادرعي, أدرعي, ادرعي | ISR | MIL | MIL IDF Arabic-language spokesman 2005-01-01..
Ofir Gendelman | أوفير جندلمان, اوفير جندلمان, جندلمان | ISR | GOV | GOV Prime Minister's Arabic-language spokesman 2010-01-01..
Yoav Mordechai | يوآف مردخاي, يواف مردخاي, مردخاي | ISR | MIL | MIL Coordinator of Government Activities in the Territories 2014-01-01..2018-04-01
Ghassan Alian | غسان عليان, ~عليان | ISR | MIL | MIL Coordinator of Government Activities in the Territories 2021-04-01..2025-06-01
Jonathan Conricus | جوناثان كونريكوس, يوناتان كونريكوس, كونريكوس | ISR | MIL | MIL International spokesman of the Israel Defense Forces 2017-01..
# Israel: Knesset, ministers, diplomats, parties
Yuli Edelstein | يولي إدلشتاين, يولي ادلشتاين, إدلشتاين, ادلشتاين | ISR | LEG | LEG Speaker of the Knesset 2013-03-18..2020-03-25
Yariv Levin | ياريف ليفين, ياريف لفين | ISR | GOV | LEG Speaker of the Knesset 2020-05-17..2021-06-13 ; GOV Minister of Justice 2022-12-29..
Mickey Levy | ميكي ليفي | ISR | LEG | LEG Speaker of the Knesset 2021-06-14..2022-12-13
Amir Ohana | أمير أوحانا, امير اوحانا, أوحانا | ISR | LEG | GOV Minister of Public Security 2020-05-17..2021-06-13 ; LEG Speaker of the Knesset 2022-12-13..
Itamar Ben-Gvir | إيتمار بن غفير, ايتمار بن غفير, إيتمار بن جفير, بن غفير, بن جفير | ISR | GOV | GOV Minister of National Security 2022-12-29..2025-01-19 ; LEG Leader of Otzma Yehudit 2025-01-19..2025-03-19 ; GOV Minister of National Security 2025-03-19..
Bezalel Smotrich | بتسلئيل سموتريتش, بتسلئيل سموتريش, سموتريتش, سموتريش | ISR | GOV | GOV Minister of Transport 2019-06-17..2020-05-17 ; GOV Minister of Finance 2022-12-29..
Ron Dermer | رون ديرمر, ديرمر | ISR | GOV | GOV Ambassador to the United States 2013-08-01..2021-01-01 ; GOV Minister of Strategic Affairs 2022-12-29..
Gilad Erdan | جلعاد أردان, جلعاد اردان, غلعاد أردان, أردان | ISR | GOV | GOV Minister of Public Security 2015-05-14..2020-05-17 ; GOV Permanent Representative to the United Nations 2020-08-01..2024-08-01
Danny Danon | داني دانون, داني دنون, دانون | ISR | GOV | GOV Permanent Representative to the United Nations 2015-10-01..2020-08-01 ; GOV Permanent Representative to the United Nations 2024-08-01..
Tzipi Livni | تسيبي ليفني, تسيفي ليفني, ليفني | ISR | LEG | GOV Minister of Justice 2013-03-18..2014-12-02 ; LEG Leader of the Opposition 2009-03-31..2012-03-27 ; LEG Leader of the Opposition 2018-07-01..2019-02-18
Ayelet Shaked | أييليت شاكيد, أيليت شاكيد, ايليت شاكيد, شاكيد | ISR | GOV | GOV Minister of Justice 2015-05-14..2019-06-02 ; GOV Minister of Interior 2021-06-13..2022-12-29
Moshe Kahlon | موشيه كحلون, موشي كحلون, كحلون | ISR | GOV | GOV Minister of Finance 2015-05-14..2020-05-17
Aryeh Deri | أرييه درعي, ارييه درعي, درعي | ISR | GOV | GOV Minister of Interior 2016-01-11..2021-06-13 ; LEG Leader of Shas 2013-05-01..
Yair Golan | يائير غولان, يائير جولان | ISR | LEG | MIL Deputy Chief of the General Staff 2014-01-01..2017-05-01 ; LEG Leader of The Democrats 2024-05-28..
Ayman Odeh | أيمن عودة, ايمن عودة, أيمن عوده | ISR | LEG | LEG Leader of the Joint List / Hadash 2015-01-01..
Ahmad Tibi | أحمد الطيبي, احمد الطيبي, الطيبي, أحمد طيبي | ISR | LEG | LEG Member of the Knesset 1999-01-01..
Mansour Abbas | منصور عباس | ISR | LEG | LEG Leader of the United Arab List (Ra'am) 2019-01-01..
Miri Regev | ميري ريغيف, ميري ريجيف, ريغيف | ISR | GOV | GOV Minister of Culture and Sport 2015-05-14..2020-05-17 ; GOV Minister of Transport 2022-12-29..
Avi Dichter | آفي ديختر, افي ديختر, ديختر | ISR | GOV | GOV Minister of Agriculture 2022-12-29..
# Added: Iranian security chiefs, Israeli national security advisers
Gholam Ali Rashid | غلام علي رشيد, غلامعلي رشيد | IRN | MIL | MIL Commander of the Khatam al-Anbiya Central Headquarters 2016-06-28..2025-06-13
Hossein Taeb | حسين طائب, طائب | IRN | MIL | MIL Head of the IRGC Intelligence Organisation 2009-10-01..2022-06-23
Mohammad Kazemi | محمد كاظمي | IRN | MIL | MIL Head of the IRGC Intelligence Organisation 2022-06-23..2025-06-15
Esmail Khatib | إسماعيل خطيب, اسماعيل خطيب | IRN | GOVSPY | GOVSPY Minister of Intelligence 2021-08-25..
Mahmoud Alavi | محمود علوي | IRN | GOVSPY | GOVSPY Minister of Intelligence 2013-08-15..2021-08-25
Heydar Moslehi | حيدر مصلحي, مصلحي | IRN | GOVSPY | GOVSPY Minister of Intelligence 2009-08-29..2013-08-15
Abdolreza Rahmani Fazli | عبد الرضا رحماني فضلي, عبدالرضا رحماني فضلي, رحماني فضلي | IRN | GOV | GOV Minister of Interior 2013-08-15..2021-08-25
Eskandar Momeni | إسكندر مؤمني, اسكندر مومني, ~مؤمني | IRN | GOV | GOV Minister of Interior 2024-08-21..
Yaakov Amidror | يعقوب عميدرور, يعقوب عميدور, عميدرور | ISR | GOV | GOV National Security Advisor 2011-04-01..2013-11-01
Uzi Arad | عوزي أراد, عوزي اراد | ISR | GOV | GOV National Security Advisor 2009-03-01..2011-03-01
Mohsen Rezaei | محسن رضائي, رضائي | IRN | GOV | GOV Secretary of the Expediency Discernment Council 1997-08-01..2021-08-25 ; GOV Vice President for Economic Affairs 2021-08-25..2023-01-01
# Added: Israeli military intelligence, Iranian commanders
Tamir Hayman | تامير هايمان, تمير هايمن, هايمان | ISR | MIL | MIL Head of Military Intelligence (Aman) 2018-03-01..2021-10-01
Aharon Haliva | أهارون حاليفا, اهارون حاليفا, حاليفا | ISR | MIL | MIL Head of Military Intelligence (Aman) 2021-10-01..2024-08-21
Alireza Tangsiri | علي رضا تنكسيري, علي رضا تنغسيري, تنكسيري | IRN | MIL | MIL Commander of the IRGC Navy 2018-08-23..
Gholamreza Soleimani | غلام رضا سليماني, غلامرضا سليماني | IRN | MIL | MIL Commander of the Basij 2019-07-01..
# Added: Israeli ministers of the 37th government, Iranian oil minister
Nir Barkat | نير بركات, نير باركات | ISR | GOV | GOV Mayor of Jerusalem 2008-11-11..2018-12-04 ; GOV Minister of Economy 2022-12-29..
Amichai Chikli | عميحاي شيكلي, عميحاي شكلي, شيكلي | ISR | GOV | GOV Minister of Diaspora Affairs 2022-12-29..
Amichai Eliyahu | عميحاي إلياهو, عميحاي الياهو | ISR | GOV | GOV Minister of Heritage 2022-12-29..
Orit Strook | أوريت ستروك, اوريت ستروك, ستروك | ISR | GOV | GOV Minister of Settlements and National Missions 2022-12-29..
Shlomo Karhi | شلومو كرعي, شلومو قرعي, كرعي | ISR | GOV | GOV Minister of Communications 2022-12-29..
Yoav Kisch | يوآف كيش, يواف كيش | ISR | GOV | GOV Minister of Education 2022-12-29..
David Amsalem / Dudi Amsalem | دودي أمسالم, ديفيد أمسالم, أمسالم | ISR | GOV | GOV Minister of Regional Cooperation 2022-12-29..
Mohsen Paknejad | محسن باك نجاد, محسن پاك نژاد, باك نجاد | IRN | GOV | GOV Minister of Petroleum 2024-08-21..
Abolfazl Shekarchi | أبو الفضل شكارجي, ابو الفضل شكارجي, شكارجي | IRN | MIL | MIL Spokesman of the Armed Forces General Staff 2016-01-01..
Ramazan Sharif | رمضان شريف | IRN | MIL | MIL Spokesman of the IRGC 2010-01-01..
Elor Azaria | إيلور عزريا, إليئور عزريا, عزريا | ISR | MIL | MIL Israeli soldier convicted of killing a wounded Palestinian 2016-03-24..2018-05-08
Yuval Steinitz | يوفال شتاينتز, يوفال شتاينيتس, شتاينتز, شتاينيتس | ISR | GOV | GOV Minister of Finance 2009-03-31..2013-03-18 ; GOV Minister of Intelligence and Strategic Affairs 2013-03-18..2015-05-14 ; GOV Minister of National Infrastructure, Energy and Water 2015-05-14..2021-06-13
Gonen Segev | غونين سيغيف, جونين سيغيف, ~سيغيف | ISR | CVL | GOV Minister of Energy and Infrastructure 1995..1996
Mahmoud Bagheri Kazemabad | محمود باقري كاظم آباد, محمود باقري كاظم اباد | IRN | MIL |
Sara Netanyahu | سارة نتنياهو, سارة نتانياهو | ISR | ELI |
Mohammad Ali Najafi | محمد علي نجفي, ~نجفي | IRN | CVL | GOV Mayor of Tehran 2017..2018
Mohammad Mohaddessin | محمد محدثين, محدثين | IRN | OPP |
Behrouz Kamalvandi | بهروز كمالوندي, كمالوندي | IRN | GOV |
Yahya Rahim Safavi | يحيى رحيم صفوي, رحيم صفوي | IRN | MIL | MIL Commander of the IRGC 1997-09..2007-09
"""
