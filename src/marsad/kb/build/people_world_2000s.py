"""Heads of state and government, foreign ministers, spokespeople and international officials
of roughly 1995-2010, the writers, artists and sportspeople the Arabic press of those years
named often, and the historical, religious and scientific figures news still cites (early Islam
and the caliphates, philosophers, physicists). Table format: see people_gen.py.

Chosen by category (a state's leaders and foreign ministers of the decade, the UN and EU
officials of the Iraq war and the 2006 Lebanon war years) so that archive news, not only
today's, links its actors. Dates are years or months where the day is not certain. Forms are
names without titles (الإمام, السيدة, الأمير stay outside the span, as in ANERcorp), and a
surname alone is left out where others carry it or a street, product or word is spelt so
(أوريبي, دي ميلو, الفردوسي, الرضا).
"""

ROWS = """
# Europe: heads of government and foreign ministers
Jose Luis Rodriguez Zapatero / José Luis Rodríguez Zapatero | خوسيه لويس رودريغيث ثاباتيرو, خوسيه لويس ثاباتيرو, خوسي لويس ثاباتيرو, خوسيه لويس زاباتيرو, ثاباتيرو, زاباتيرو | ESP | GOV | GOV Prime Minister of Spain 2004-04-17..2011-12-21
Jose Maria Aznar / José María Aznar | خوسيه ماريا أثنار, خوسيه ماريا أزنار, أثنار, أزنار | ESP | GOV | GOV Prime Minister of Spain 1996-05-05..2004-04-17
Miguel Angel Moratinos / Miguel Ángel Moratinos | ميغيل أنخيل موراتينوس, ميغيل انخيل موراتينوس, موراتينوس | ESP | GOV | IGOEUREEC EU Special Representative for the Middle East Peace Process 1996..2003 ; GOV Minister of Foreign Affairs of Spain 2004-04-18..2010-10-21
Javier Solana | خافيير سولانا, خابيير سولانا, سولانا | ESP | IGOEUREEC | IGOWSTNAT Secretary General of NATO 1995-12-05..1999-10-06 ; IGOEUREEC EU High Representative for the Common Foreign and Security Policy 1999-10-18..2009-11-30
Jean-Pierre Raffarin | جان بيار رافاران, جان بيير رافاران, رافاران | FRA | GOV | GOV Prime Minister of France 2002-05-06..2005-05-31
Lionel Jospin | ليونيل جوسبان, جوسبان | FRA | GOV | GOV Prime Minister of France 1997-06-02..2002-05-06
Dominique de Villepin | دومينيك دو فيلبان, دومينيك دوفيلبان, دو فيلبان, دوفيلبان | FRA | GOV | GOV Minister of Foreign Affairs of France 2002-05-07..2004-03-30 ; GOV Prime Minister of France 2005-05-31..2007-05-17
Hubert Vedrine / Hubert Védrine | هوبير فيدرين, أوبير فيدرين, فيدرين | FRA | GOV | GOV Minister of Foreign Affairs of France 1997-06-04..2002-05-07
Philippe Douste-Blazy | فيليب دوست بلازي, فيليب دوست-بلازي | FRA | GOV | GOV Minister of Foreign Affairs of France 2005-06-02..2007-05-18
Jean-Marc de La Sabliere / Jean-Marc de La Sablière | جان مارك دو لا سابليير, جان مارك دي لا سابليير, دو لا سابليير | FRA | GOV | GOV Ambassador of France to the United Nations 2002..2007
Jack Straw | جاك سترو, جاك ستراو | GBR | GOV | GOV Foreign Secretary of the United Kingdom 2001-06-08..2006-05-05
Robin Cook | روبن كوك, روبين كوك | GBR | GOV | GOV Foreign Secretary of the United Kingdom 1997-05-02..2001-06-08
Margaret Beckett | مارغريت بيكيت, مارجريت بيكيت | GBR | GOV | GOV Foreign Secretary of the United Kingdom 2006-05-05..2007-06-27
David Miliband | ديفيد ميليباند, ديفيد ميلباند | GBR | GOV | GOV Foreign Secretary of the United Kingdom 2007-06-28..2010-05-11
Joschka Fischer | يوشكا فيشر, يوشكا فيشير | DEU | GOV | GOV Minister of Foreign Affairs of Germany 1998-10-27..2005-11-22
Romano Prodi | رومانو برودي, برودي | ITA | GOV | GOV Prime Minister of Italy 1996-05-17..1998-10-21 ; IGOEUREEC President of the European Commission 1999-09-16..2004-11-22 ; GOV Prime Minister of Italy 2006-05-17..2008-05-08
Massimo D'Alema | ماسيمو داليما, داليما | ITA | GOV | GOV Prime Minister of Italy 1998-10-21..2000-04-25 ; GOV Minister of Foreign Affairs of Italy 2006-05-17..2008-05-08
Gianfranco Fini | جانفرانكو فيني, جيانفرانكو فيني | ITA | GOV | GOV Minister of Foreign Affairs of Italy 2004-11-18..2006-05-17
Benita Ferrero-Waldner | بينيتا فيريرو فالدنر, بينيتا فيريرو-فالدنر, فيريرو فالدنر | AUT | IGOEUREEC | IGOEUREEC European Commissioner for External Relations 2004-11-22..2010-02-09
Chris Patten | كريس باتن, كريس باتين | GBR | IGOEUREEC | IGOEUREEC European Commissioner for External Relations 1999-09-16..2004-11-22
Jaap de Hoop Scheffer | ياب دي هوب شيفر, ياب دي هوب شيفير, دي هوب شيفر | NLD | IGOWSTNAT | IGOWSTNAT Secretary General of NATO 2004-01-01..2009-07-31
Yevgeny Primakov | يفغيني بريماكوف, يفجيني بريماكوف, بريماكوف | RUS | GOV | GOV Minister of Foreign Affairs of Russia 1996-01-09..1998-09-11 ; GOV Prime Minister of Russia 1998-09-11..1999-05-12
Igor Ivanov {igor-ivanov-fm} | إيغور إيفانوف, ايغور ايفانوف | RUS | GOV | GOV Minister of Foreign Affairs of Russia 1998-09-11..2004-03-09
Mikhail Fradkov | ميخائيل فرادكوف, فرادكوف | RUS | GOV | GOV Prime Minister of Russia 2004-03-05..2007-09-14
Alexander Saltanov | ألكسندر سلطانوف, الكسندر سلطانوف, ألكسندر سالتانوف | RUS | GOV | GOV Deputy Minister of Foreign Affairs of Russia 2002..2011
# Americas, Asia, Africa: heads of state and government, foreign ministers
Madeleine Albright | مادلين أولبرايت, مادلين اولبرايت, أولبرايت, اولبرايت | USA | GOV | GOV Ambassador to the United Nations 1993-01..1997-01 ; GOV Secretary of State 1997-01-23..2001-01-20
Paul Wolfowitz | بول وولفويتز, بول ولفويتز, وولفويتز, ولفويتز | USA | GOV | GOVMIL Deputy Secretary of Defense 2001-03-02..2005-06-01 ; IGOBUS President of the World Bank 2005-06-01..2007-06-30
Richard Boucher | ريتشارد باوتشر, ريتشارد بوتشر, باوتشر | USA | GOV | GOV State Department Spokesman 2001..2005
Sean McCormack | شون ماكورماك, شون مكورماك, ماكورماك | USA | GOV | GOV State Department Spokesman 2005-06..2009-01
Evo Morales | إيفو موراليس, ايفو موراليس | BOL | GOV | GOV President of Bolivia 2006-01-22..2019-11-10
Alvaro Uribe / Álvaro Uribe | ألفارو أوريبي, الفارو اوريبي | COL | GOV | GOV President of Colombia 2002-08-07..2010-08-07
Vicente Fox | فيسنتي فوكس, فيسينتي فوكس | MEX | GOV | GOV President of Mexico 2000-12-01..2006-11-30
Nestor Kirchner / Néstor Kirchner | نستور كيرشنر, نيستور كيرشنر | ARG | GOV | GOV President of Argentina 2003-05-25..2007-12-10
Junichiro Koizumi | جونيتشيرو كويزومي, جونيشيرو كويزومي | JPN | GOV | GOV Prime Minister of Japan 2001-04-26..2006-09-26
Jiang Zemin | جيانغ تسه مين, جيانغ زيمين, جيانغ تسي مين | CHN | GOV | GOV President of China 1993-03-27..2003-03-15
Zhu Rongji | تشو رونغ جي, تشو رونغجي, جو رونغ جي | CHN | GOV | GOV Premier of China 1998-03-17..2003-03-16
Tang Jiaxuan | تانغ جيا شيوان, تانغ جيا شوان, تانغ جياشيوان | CHN | GOV | GOV Minister of Foreign Affairs of China 1998-03..2003-03
Li Zhaoxing | لي تشاو شينغ, لي تشاوشينغ, لي جاو شينغ | CHN | GOV | GOV Minister of Foreign Affairs of China 2003-03..2007-04
Roh Moo-hyun | روه مو هيون, رو مو هيون, روه مو-هيون | KOR | GOV | GOV President of South Korea 2003-02-25..2008-02-24
Atal Bihari Vajpayee | أتال بيهاري فاجبايي, أتال بيهاري فاجباي, فاجبايي, فاجباي | IND | GOV | GOV Prime Minister of India 1998-03-19..2004-05-22
Shaukat Aziz | شوكت عزيز | PAK | GOV | GOV Prime Minister of Pakistan 2004-08-28..2007-11-16
Khurshid Mahmud Kasuri | خورشيد محمود قصوري, خورشيد قصوري, قصوري | PAK | GOV | GOV Minister of Foreign Affairs of Pakistan 2002-11-23..2007-11-15
Ahmet Necdet Sezer | أحمد نجدت سيزر, احمد نجدت سيزر, نجدت سيزر | TUR | GOV | GOV President of Turkey 2000-05-16..2007-08-28
Olusegun Obasanjo | أولوسيغون أوباسانجو, اولوسيغون اوباسانجو, أوباسانجو, اوباسانجو | NGA | GOV | GOV President of Nigeria 1999-05-29..2007-05-29
Meles Zenawi | ميليس زيناوي, مليس زيناوي, ملس زيناوي, زيناوي | ETH | GOV | GOV Prime Minister of Ethiopia 1995-08-23..2012-08-20
Yoweri Museveni | يوري موسيفيني, يويري موسيفيني, موسيفيني | UGA | GOV | GOV President of Uganda 1986-01-29..
Laurent Gbagbo | لوران غباغبو, لوران جباجبو, غباغبو | CIV | GOV | GOV President of Ivory Coast 2000-10-26..2011-04-11
Abdiqasim Salad Hassan | عبد القاسم صلاد حسن, عبدي قاسم صلاد حسن, صلاد حسن | SOM | GOV | GOV President of the Transitional National Government of Somalia 2000-08-27..2004-08-27
Abdullahi Yusuf Ahmed | عبد الله يوسف أحمد, عبدالله يوسف أحمد | SOM | GOV | GOV President of the Transitional Federal Government of Somalia 2004-10-14..2008-12-29
Alpha Oumar Konare / Alpha Oumar Konaré | ألفا عمر كوناري, ألفا عمر كوناريه, كوناري | MLI | IGOAFRAFU | GOV President of Mali 1992-06-08..2002-06-08 ; IGOAFRAFU Chairperson of the African Union Commission 2003-09-16..2008-04-28
Jean Ping | جان بينغ, جان بينج | GAB | IGOAFRAFU | GOV Minister of Foreign Affairs of Gabon 1999..2008 ; IGOAFRAFU Chairperson of the African Union Commission 2008-04-28..2012-10-15
# Middle East: ministers and officials of the 2000s
Naji Sabri | ناجي صبري, ناجي صبري الحديثي | IRQ | GOV | GOV Minister of Foreign Affairs of Iraq 2001-04..2003-04
Tariq Aziz | طارق عزيز, طارق عزيز عيسى | IRQ | GOV | GOV Minister of Foreign Affairs of Iraq 1983..1991 ; GOV Deputy Prime Minister of Iraq 1979..2003-04
Mohammed Saeed al-Sahhaf | محمد سعيد الصحاف | IRQ | GOV | GOV Minister of Foreign Affairs of Iraq 1992..2001 ; GOV Minister of Information of Iraq 2001..2003-04
Silvan Shalom | سيلفان شالوم | ISR | GOV | GOV Minister of Foreign Affairs of Israel 2003-02-28..2006-01-16
Shaul Mofaz | شاؤول موفاز, شاوول موفاز, موفاز | ISR | GOV | GOVMIL Chief of Staff of the IDF 1998-07-09..2002-07-09 ; GOV Minister of Defence of Israel 2002-11-04..2006-05-04
Dan Halutz | دان حالوتس, دان حالوتز, حالوتس | ISR | GOVMIL | GOVMIL Chief of Staff of the IDF 2005-06-01..2007-02-14
Dan Gillerman | دان غيلرمان, دان جيلرمان, غيلرمان, جيلرمان | ISR | GOV | GOV Ambassador of Israel to the United Nations 2003-01..2008-07
Aziz Dweik | عزيز الدويك, عزيز دويك, الدويك | PSE | PSELEG | PSELEG Speaker of the Palestinian Legislative Council 2006-02-18..
Ahmed Qurei | أحمد قريع, احمد قريع, قريع | PSE | GOV | GOV Prime Minister of the Palestinian Authority 2003-10-07..2006-03-29
Said Siam | سعيد صيام | PSE | GOV | GOV Interior Minister of the Palestinian Authority 2006-03..2007-06
Faiza Aboul Naga | فايزة أبو النجا, فايزة ابو النجا, فايزة أبوالنجا | EGY | GOV | GOV Minister of International Cooperation of Egypt 2001-11..2012-08
Atef Ebeid | عاطف عبيد | EGY | GOV | GOV Prime Minister of Egypt 1999-10-05..2004-07-09
Emile Lahoud | إميل لحود, اميل لحود, لحود | LBN | GOV | GOVMIL Commander of the Lebanese Army 1989..1998 ; GOV President of Lebanon 1998-11-24..2007-11-24
# UN officials of the decade
Boutros Boutros-Ghali | بطرس بطرس غالي, بطرس غالي | EGY | IGOUNO | GOV Minister of State for Foreign Affairs of Egypt 1977..1991 ; IGOUNO Secretary-General of the United Nations 1992-01-01..1996-12-31
Terje Rod-Larsen / Terje Rød-Larsen | تيري رود لارسن, تيري رود-لارسن, تيرجي رود لارسن, تيريه رود لارسن, رود لارسن | NOR | IGOUNO | IGOUNO UN Special Coordinator for the Middle East Peace Process 1999..2004 ; IGOUNO UN Special Envoy for the implementation of resolution 1559 2004..2020
Alvaro de Soto / Álvaro de Soto | ألفارو دي سوتو, الفارو دي سوتو | PER | IGOUNO | IGOUNO UN Special Coordinator for the Middle East Peace Process 2005..2007
Hans Blix | هانز بليكس, هانس بليكس, بليكس | SWE | IGOUNO | IGOUNOIAE Director General of the IAEA 1981-12-01..1997-11-30 ; IGOUNO Executive Chairman of UNMOVIC 2000-03-01..2003-06-30
Sergio Vieira de Mello | سيرجيو فييرا دي ميلو, سيرجيو فيرا دي ميلو | BRA | IGOUNO | IGOUNOHRIHCH UN High Commissioner for Human Rights 2002-09-12..2003-08-19 ; IGOUNO UN Special Representative for Iraq 2003-05..2003-08-19
Louise Arbour | لويز آربور, لويز أربور, لويز اربور | CAN | IGOUNOHRIHCH | IGOUNOHRIHCH UN High Commissioner for Human Rights 2004-07-01..2008-06-30
Mary Robinson | ماري روبنسون, ماري روبينسون | IRL | IGOUNOHRIHCH | GOV President of Ireland 1990-12-03..1997-09-12 ; IGOUNOHRIHCH UN High Commissioner for Human Rights 1997-09-12..2002-09-11
Ruud Lubbers | رود لوبرز, رود لوبيرز | NLD | IGOUNOREFHCR | GOV Prime Minister of the Netherlands 1982..1994 ; IGOUNOREFHCR UN High Commissioner for Refugees 2001-01-01..2005-02-20
# Writers, thinkers and artists the Arabic press cites
Sigmund Freud | سيغموند فرويد, سيجموند فرويد, زيغموند فرويد, فرويد | AUT | CVL | CVL Psychoanalyst
Leonardo da Vinci | ليوناردو دا فينشي, ليوناردو دافنشي, ليوناردو دافينشي, دافنشي | ITA | CVL | CVL Painter and engineer
Ferdowsi | أبو القاسم الفردوسي | IRN | CVL | CVL Poet, author of the Shahnameh
Amitabh Bachchan | أميتاب باتشان, أميتاب باتشن, اميتاب باتشان | IND | CVL | CVL Film actor
Shah Rukh Khan | شاه رخ خان, شاروخ خان, شاه روخ خان | IND | CVL | CVL Film actor
Samir Ghanem | سمير غانم | EGY | CVL | CVL Comic actor
Hussein Fahmy | حسين فهمي | EGY | CVL | CVL Film actor
Talaat Zakaria | طلعت زكريا | EGY | CVL | CVL Comic actor
Medhat Saleh | مدحت صالح | EGY | CVL | CVL Singer
Fifi Abdou | فيفي عبده | EGY | CVL | CVL Dancer and actress
# Sport: players and coaches of the 1990s-2000s
Andre Agassi | أندريه أغاسي, آندريه أغاسي, اندريه اغاسي, أغاسي, أجاسي | USA | CVL | CVL Tennis player
Marco Materazzi | ماركو ماتيراتزي, ماركو ماتيراتسي, ماتيراتزي, ماتيراتسي | ITA | CVL | CVL Footballer
Carlos Alberto Parreira | كارلوس ألبرتو باريرا, كارلوس البرتو باريرا, كارلوس ألبيرتو باريرا, باريرا | BRA | CVL | CVL Football coach, Brazil national team 1991..1994 ; CVL Football coach, Brazil national team 2003..2006
Marco van Basten | ماركو فان باستن, ماركو فان باستين, فان باستن | NLD | CVL | CVL Footballer ; CVL Football coach, Netherlands national team 2004..2008
Fernando Gonzalez / Fernando González | فرناندو غونزاليز, فرناندو غونزاليس, فرناندو جونزاليز | CHL | CVL | CVL Tennis player
# UN and world figures of the decade (continued)
Shashi Tharoor | شاشي تارور, شاشي ثارور, تارور | IND | IGOUNO | IGOUNO UN Under-Secretary-General for Communications and Public Information 2002..2007
Bernard-Henri Levy / Bernard-Henri Lévy | برنار هنري ليفي, برنارد هنري ليفي, برنار-هنري ليفي | FRA | CVL | CVL Philosopher and writer
Andre Glucksmann / André Glucksmann | أندريه غلوكسمان, اندريه غلوكسمان | FRA | CVL | CVL Philosopher
# Arab singers and actors of the 2000s
Ghada Adel | غادة عادل | EGY | CVL | CVL Actress
Yasmin Abdulaziz | ياسمين عبد العزيز | EGY | CVL | CVL Actress
Nicole Saba | نيكول سابا | LBN | CVL | CVL Singer and actress
Pascale Machaalani | باسكال مشعلاني | LBN | CVL | CVL Singer
Ali El Haggar | علي الحجار | EGY | CVL | CVL Singer
Ezzat Abou Aouf | عزت أبو عوف | EGY | CVL | CVL Actor
Ragaa El Gedawy | رجاء الجداوي | EGY | CVL | CVL Actress
Hagag Abdel Azim | حجاج عبد العظيم | EGY | CVL | CVL Actor
Ahmed Rizk | أحمد رزق | EGY | CVL | CVL Actor
Mona Zaki | منى زكي | EGY | CVL | CVL Actress
Karim Abdel Aziz | كريم عبد العزيز | EGY | CVL | CVL Actor
Laila Elwi | ليلى علوي | EGY | CVL | CVL Actress
Elham Shahin | إلهام شاهين | EGY | CVL | CVL Actress
Hend Sabry | هند صبري | TUN | CVL | CVL Actress
Assi El Hallani | عاصي الحلاني | LBN | CVL | CVL Singer
Najwa Karam | نجوى كرم | LBN | CVL | CVL Singer
Angham | المطربة أنغام, الفنانة أنغام, ?أنغام | EGY | CVL | CVL Singer
Latifa | لطيفة التونسية | TUN | CVL | CVL Singer
Warda Al-Jazairia | وردة الجزائرية | DZA | CVL | CVL Singer
Melhem Barakat | ملحم بركات | LBN | CVL | CVL Singer and composer
Ziad Rahbani | زياد الرحباني | LBN | CVL | CVL Composer and playwright
Ahmed El Sakka | أحمد السقا | EGY | CVL | CVL Actor
Salah El Saadany | صلاح السعدني | EGY | CVL | CVL Actor
Yehia El Fakharany | يحيى الفخراني | EGY | CVL | CVL Actor
Yusuf Idris | يوسف إدريس | EGY | CVL | CVL Writer
# Football: players and coaches of the 2000s
Emad Meteb | عماد متعب | EGY | CVL | CVL Footballer
Wael Gomaa | وائل جمعة | EGY | CVL | CVL Footballer
Hosny Abd Rabo | حسني عبد ربه | EGY | CVL | CVL Footballer
Guti | غوتي, خوسيه ماريا غوتيريز | ESP | CVL | CVL Footballer
Alvaro Mejia / Álvaro Mejía | ألفارو ميخيا, الفارو ميخيا | ESP | CVL | CVL Footballer
Mbark Boussoufa | مبارك بوصوفة | MAR | CVL | CVL Footballer
Kenny Miller | كيني ميلر | GBR | CVL | CVL Footballer
Jurgen Klinsmann / Jürgen Klinsmann | يورغن كلينسمان, يورجن كلينسمان, كلينسمان | DEU | CVL | CVL Footballer ; CVL Football coach, Germany national team 2004..2006
Oliver Kahn | أوليفر كان | DEU | CVL | CVL Footballer
# Tennis and athletics of the 2000s
Andy Roddick | آندي روديك, اندي روديك, روديك | USA | CVL | CVL Tennis player
Lleyton Hewitt | ليتون هيويت, هيويت | AUS | CVL | CVL Tennis player
Marat Safin | مارات سافين, سافين | RUS | CVL | CVL Tennis player
Justine Henin | جوستين هينين, جوستين إينان, هينين | BEL | CVL | CVL Tennis player
Kim Clijsters | كيم كلايسترز, كلايسترز | BEL | CVL | CVL Tennis player
Amelie Mauresmo / Amélie Mauresmo | أميلي موريسمو, اميلي موريسمو, موريسمو | FRA | CVL | CVL Tennis player
Younes El Aynaoui | يونس العيناوي | MAR | CVL | CVL Tennis player
Hicham Arazi | هشام أرازي, هشام ارازي | MAR | CVL | CVL Tennis player
Kenenisa Bekele | كينينيسا بيكيلي | ETH | CVL | CVL Long-distance runner
# Officials and public figures of the 2000s (continued)
Driss Jettou | إدريس جطو, ادريس جطو | MAR | GOV | GOV Prime Minister of Morocco 2002-10-09..2007-09-19
Moulay Rachid | مولاي رشيد | MAR | ELI | ELI Prince of Morocco, brother of the king
Taha Yassin Ramadan | طه ياسين رمضان | IRQ | GOV | GOV Vice President of Iraq 1991-03..2003-04
Abdul Aziz al-Hakim | عبد العزيز الحكيم | IRQ | ELI | ELI Leader of the Supreme Islamic Council of Iraq 2003-08..2009-08-26
Arlen Specter | أرلن سبكتر, آرلن سبيكتر, ارلن سبيكتر, سبيكتر | USA | LEG | LEG United States Senator 1981-01-03..2011-01-03
Bill Frist | بيل فريست | USA | LEG | LEG Senate Majority Leader 2003-01-03..2007-01-03
John W. Snow {john-snow-treasury} | جون سنو | USA | GOV | GOV Secretary of the Treasury 2003-02-03..2006-06-30
Tony Snow | توني سنو | USA | GOV | GOV White House Press Secretary 2006-05-08..2007-09-14
Raymond Domenech | ريمون دومينيك, رايمون دومينيك, ريمون دومينك | FRA | CVL | CVL Football coach, France national team 2004..2010
Juan Carlos I | خوان كارلوس الأول, ?خوان كارلوس | ESP | GOV | GOV King of Spain 1975-11-22..2014-06-19
Queen Sofia of Spain {sofia-of-spain} | الملكة صوفيا | ESP | ELI | ELI Queen consort of Spain 1975-11-22..2014-06-19
Raghda | الفنانة رغدة, الممثلة رغدة | SYR | CVL | CVL Actress
Afaf Shoaib | عفاف شعيب | EGY | CVL | CVL Actress
Laila Taher | ليلى طاهر | EGY | CVL | CVL Actress
Khairy Beshara | خيري بشارة | EGY | CVL | CVL Film director
Qasim Amin | قاسم أمين, قاسم امين | EGY | CVL | CVL Writer, advocate of women's education
Louis Aragon | لويس أراغون, لويس اراغون | FRA | CVL | CVL Poet
# Early Islam and the caliphates: figures religious and political news name
Abu Bakr al-Siddiq | أبو بكر الصديق | SAU | ELI | ELI First Caliph
Umar ibn al-Khattab | عمر بن الخطاب | SAU | ELI | ELI Second Caliph
Uthman ibn Affan | عثمان بن عفان | SAU | ELI | ELI Third Caliph
Ali ibn Abi Talib | علي بن أبي طالب | IRQ | ELI | ELI Fourth Caliph and first Shia Imam
Hasan ibn Ali | الحسن بن علي | SAU | REL | REL Second Shia Imam
Muawiya ibn Abi Sufyan | معاوية بن أبي سفيان | SYR | ELI | ELI First Umayyad Caliph
Aisha bint Abi Bakr | عائشة بنت أبي بكر | SAU | ELI | ELI Wife of the Prophet
Khadija bint Khuwaylid | خديجة بنت خويلد | SAU | ELI | ELI First wife of the Prophet
Fatima al-Zahra | فاطمة الزهراء | SAU | ELI | ELI Daughter of the Prophet
Abu Hurairah | أبو هريرة | SAU | REL | REL Companion and hadith narrator
Sa'd ibn Abi Waqqas | سعد بن أبي وقاص | SAU | ELI | ELI Companion and commander
Ja'far al-Sadiq | جعفر الصادق | SAU | REL | REL Sixth Shia Imam
Ali al-Rida | علي بن موسى الرضا | IRN | REL | REL Eighth Shia Imam
Harun al-Rashid | هارون الرشيد | IRQ | ELI | ELI Abbasid Caliph
Al-Ma'mun | الخليفة المأمون | IRQ | ELI | ELI Abbasid Caliph
Abd el-Krim al-Khattabi | عبد الكريم الخطابي, محمد بن عبد الكريم الخطابي, محمد عبد الكريم الخطابي | MAR | ELI | ELI Leader of the Rif war against Spain and France 1921..1926
Nebuchadnezzar II | نبوخذ نصر, نبوخذنصر | IRQ | ELI | ELI King of Babylon
Oliver Cromwell | أوليفر كرومويل, أوليفر كرومول, كرومويل | GBR | ELI | ELI Lord Protector of England 1653..1658
# Scientists and philosophers
Isaac Newton | إسحاق نيوتن, إسحق نيوتن, اسحاق نيوتن | GBR | CVL | CVL Physicist
Galileo Galilei | غاليليو غاليلي, جاليليو جاليلي | ITA | CVL | CVL Astronomer and physicist
Aristotle | أرسطو, أرسطوطاليس | GRC | CVL | CVL Philosopher
Plato | أفلاطون | GRC | CVL | CVL Philosopher
Socrates | سقراط | GRC | CVL | CVL Philosopher
Ernest Rutherford | إرنست رذرفورد, ارنست رذرفورد, رذرفورد | NZL | CVL | CVL Physicist
"""
