"""People of the United States, 2010-2025 (table format: see people_gen.py)."""

ROWS = """
# Presidents and vice presidents
Barack Obama | باراك أوباما, باراك اوباما, براك أوباما, أوباما, اوباما, باراك حسين أوباما | USA | GOV | GOV President 2009-01-20..2017-01-20
Donald Trump | دونالد ترامب, دونالد ترمب, ترامب, ترمب, دونالد جون ترامب, دونالد جيه ترامب, دونالد جيه ترمب, دونالد ج ترامب | USA | GOV | GOV President 2017-01-20..2021-01-20 ; GOV President 2025-01-20..
Joe Biden / Joseph Biden | جو بايدن, جوزيف بايدن, جوزف بايدن, بايدن, جو بايدين, بايدين | USA | GOV | GOV Vice President 2009-01-20..2017-01-20 ; GOV President 2021-01-20..2025-01-20
Mike Pence | مايك بنس, مايك بينس, بنس, بينس, مايكل بنس | USA | GOV | GOV Governor of Indiana 2013-01-14..2017-01-09 ; GOV Vice President 2017-01-20..2021-01-20
Kamala Harris | كامالا هاريس, كمالا هاريس, هاريس | USA | GOV | LEG Senator 2017-01-03..2021-01-18 ; GOV Vice President 2021-01-20..2025-01-20
JD Vance / J. D. Vance | جي دي فانس, جيه دي فانس, جاي دي فانس, فانس, جيمس ديفيد فانس | USA | GOV | LEG Senator 2023-01-03..2025-01-10 ; GOV Vice President 2025-01-20..
# Secretaries of State
Hillary Clinton | هيلاري كلينتون, هيلاري كلنتون, هيلاري رودهام كلينتون, ~كلينتون | USA | GOV | GOV Secretary of State 2009-01-21..2013-02-01 ; OPP Democratic presidential nominee 2016-07-26..2016-11-09
John Kerry | جون كيري, كيري, جون كاري | USA | GOV | LEG Senator 1985-01-02..2013-02-01 ; GOV Secretary of State 2013-02-01..2017-01-20 ; GOV Special Presidential Envoy for Climate 2021-01-20..2024-03-06
Rex Tillerson | ريكس تيلرسون, ريكس تلرسون, تيلرسون, تلرسون | USA | GOV | BUS Chief Executive of ExxonMobil 2006-01-01..2016-12-31 ; GOV Secretary of State 2017-02-01..2018-03-31
Mike Pompeo | مايك بومبيو, مايك بومبو, بومبيو, مايكل بومبيو, بومبو | USA | GOV | GOVSPY Director of the CIA 2017-01-23..2018-04-26 ; GOV Secretary of State 2018-04-26..2021-01-20
Antony Blinken / Tony Blinken | أنتوني بلينكن, انتوني بلينكن, أنتوني بلينكين, أنطوني بلينكن, بلينكن, بلينكين, توني بلينكن | USA | GOV | GOV Deputy National Security Advisor 2013-01-20..2015-01-09 ; GOV Deputy Secretary of State 2015-01-09..2017-01-20 ; GOV Secretary of State 2021-01-26..2025-01-20
Marco Rubio | ماركو روبيو, روبيو, ماركو روبيوا | USA | GOV | LEG Senator 2011-01-03..2025-01-20 ; GOV Secretary of State 2025-01-21..
# Secretaries of Defense
Robert Gates | روبرت غيتس, روبرت جيتس, روبرت غيت, ~غيتس, ~جيتس | USA | GOVMIL | GOVMIL Secretary of Defense 2006-12-18..2011-07-01
Leon Panetta | ليون بانيتا, بانيتا, ليون بنيتا | USA | GOVMIL | GOVSPY Director of the CIA 2009-02-13..2011-06-30 ; GOVMIL Secretary of Defense 2011-07-01..2013-02-26
Chuck Hagel | تشاك هاغل, تشاك هيغل, تشاك هيجل, شاك هاغل, هاغل, هيغل, هيجل | USA | GOVMIL | GOVMIL Secretary of Defense 2013-02-27..2015-02-17
Ashton Carter / Ash Carter | آشتون كارتر, أشتون كارتر, اشتون كارتر, آش كارتر, ~كارتر | USA | GOVMIL | GOVMIL Deputy Secretary of Defense 2011-10-06..2013-12-04 ; GOVMIL Secretary of Defense 2015-02-17..2017-01-20
James Mattis / Jim Mattis | جيمس ماتيس, جيم ماتيس, ماتيس, جيمس ماتس | USA | GOVMIL | MIL Commander of US Central Command 2010-08-11..2013-03-22 ; GOVMIL Secretary of Defense 2017-01-20..2019-01-01
Patrick Shanahan | باتريك شاناهان, باتريك شانهان, شاناهان | USA | GOVMIL | GOVMIL Deputy Secretary of Defense 2017-07-19..2019-01-01 ; GOVMIL Acting Secretary of Defense 2019-01-01..2019-06-23
Mark Esper | مارك إسبر, مارك اسبر, إسبر, اسبر, مارك إسبير | USA | GOVMIL | GOVMIL Secretary of the Army 2017-11-20..2019-07-23 ; GOVMIL Secretary of Defense 2019-07-23..2020-11-09
Christopher C. Miller / Chris Miller | كريستوفر ميلر, كريس ميلر, ~ميلر | USA | GOVMIL | GOVMIL Acting Secretary of Defense 2020-11-09..2021-01-20
Lloyd Austin | لويد أوستن, لويد اوستن, لويد أوستين, ~أوستن, ~اوستن | USA | GOVMIL | MIL Commander of US Central Command 2013-03-22..2016-03-30 ; GOVMIL Secretary of Defense 2021-01-22..2025-01-20
Pete Hegseth | بيت هيغسيث, بيت هيغسث, بيت هيجسيث, هيغسيث, هيجسيث, هيغسث | USA | GOVMIL | GOVMIL Secretary of Defense (Secretary of War) 2025-01-25..
# National security advisers
Tom Donilon | توم دونيلون, توماس دونيلون, دونيلون | USA | GOV | GOV National Security Advisor 2010-10-08..2013-07-01
Susan Rice | سوزان رايس, ~رايس | USA | GOV | GOV Ambassador to the United Nations 2009-01-22..2013-06-30 ; GOV National Security Advisor 2013-07-01..2017-01-20 ; GOV Director of the Domestic Policy Council 2021-01-20..2023-05-26
Michael Flynn | مايكل فلين, مايكل فلاين, فلين | USA | GOV | MIL Director of the Defense Intelligence Agency 2012-07-24..2014-08-07 ; GOV National Security Advisor 2017-01-20..2017-02-13
H. R. McMaster / Herbert Raymond McMaster | هربرت ريموند ماكماستر, إتش آر ماكماستر, اتش ار ماكماستر, ماكماستر, هربرت ماكماستر | USA | GOV | GOV National Security Advisor 2017-02-20..2018-04-09
John Bolton | جون بولتون, بولتون | USA | GOV | GOV National Security Advisor 2018-04-09..2019-09-10
Robert O'Brien | روبرت أوبراين, روبرت اوبراين, أوبراين, اوبراين, روبرت أوبرايان | USA | GOV | GOV Special Envoy for Hostage Affairs 2018-05-25..2019-09-18 ; GOV National Security Advisor 2019-09-18..2021-01-20
Jake Sullivan | جيك سوليفان, جاك سوليفان, سوليفان, جايك سوليفان | USA | GOV | GOV National Security Advisor 2021-01-20..2025-01-20
Mike Waltz | مايك والتز, مايكل والتز, والتز | USA | GOV | LEG Member of the House of Representatives 2019-01-03..2025-01-20 ; GOV National Security Advisor 2025-01-20..2025-05-01 ; GOV Ambassador to the United Nations 2025-09-19..
# Ambassadors to the United Nations
Samantha Power | سامانثا باور, سامنتا باور, ~باور | USA | GOV | GOV Ambassador to the United Nations 2013-08-05..2017-01-20 ; GOV Administrator of USAID 2021-05-03..2025-01-20
Nikki Haley | نيكي هيلي, نيكي هايلي, نكي هيلي, هيلي, هايلي | USA | GOV | GOV Governor of South Carolina 2011-01-12..2017-01-24 ; GOV Ambassador to the United Nations 2017-01-27..2018-12-31
Kelly Craft | كيلي كرافت, كيلي نايت كرافت, كرافت | USA | GOV | GOV Ambassador to the United Nations 2019-09-12..2021-01-20
Linda Thomas-Greenfield | ليندا توماس غرينفيلد, ليندا توماس-غرينفيلد, ليندا توماس جرينفيلد, ليندا توماس غرينفلد, توماس غرينفيلد, توماس-غرينفيلد | USA | GOV | GOV Ambassador to the United Nations 2021-02-25..2025-01-20
Dorothy Shea | دوروثي شيا, دوروثي شيه, ~شيا | USA | GOV | GOV Ambassador to Lebanon 2020-03-01..2023-01-01 ; GOV Acting Ambassador to the United Nations 2025-01-20..2025-09-19
# Intelligence
David Petraeus | ديفيد بترايوس, ديفيد بتريوس, ديفيد باتريوس, بترايوس, بتريوس, باتريوس | USA | MIL | MIL Commander of US Central Command 2008-10-31..2010-06-30 ; MIL Commander of ISAF in Afghanistan 2010-07-04..2011-07-18 ; GOVSPY Director of the CIA 2011-09-06..2012-11-09
John Brennan | جون برينان, جون برينن, برينان, برينن | USA | GOVSPY | GOV Homeland Security Advisor 2009-01-20..2013-03-08 ; GOVSPY Director of the CIA 2013-03-08..2017-01-20
Gina Haspel | جينا هاسبل, جينا هاسبيل, هاسبل, هاسبيل | USA | GOVSPY | GOVSPY Deputy Director of the CIA 2017-02-02..2018-05-21 ; GOVSPY Director of the CIA 2018-05-21..2021-01-20
William Burns / Bill Burns | وليام بيرنز, ويليام بيرنز, وليم بيرنز, بيل بيرنز, بيرنز | USA | GOVSPY | GOV Deputy Secretary of State 2011-07-28..2014-11-03 ; GOVSPY Director of the CIA 2021-03-19..2025-01-20
John Ratcliffe | جون راتكليف, جون راتكلف, راتكليف | USA | GOVSPY | GOVSPY Director of National Intelligence 2020-05-26..2021-01-20 ; GOVSPY Director of the CIA 2025-01-23..
James Clapper | جيمس كلابر, جيمس كلابير, كلابر | USA | GOVSPY | GOVSPY Director of National Intelligence 2010-08-09..2017-01-20
Dan Coats | دان كوتس, دانيال كوتس, كوتس | USA | GOVSPY | GOVSPY Director of National Intelligence 2017-03-16..2019-08-15
Avril Haines | أفريل هاينز, افريل هاينز, أفريل هينز, هاينز | USA | GOVSPY | GOV Deputy National Security Advisor 2015-01-09..2017-01-20 ; GOVSPY Director of National Intelligence 2021-01-21..2025-01-20
Tulsi Gabbard | تولسي غابارد, تولسي جابارد, تولسي غابرد, غابارد, جابارد | USA | GOVSPY | LEG Member of the House of Representatives 2013-01-03..2021-01-03 ; GOVSPY Director of National Intelligence 2025-02-12..
Kash Patel | كاش باتيل, كاش باتل, ~باتيل | USA | COP | COP Director of the FBI 2025-02-21..
James Comey | جيمس كومي, كومي | USA | COP | COP Director of the FBI 2013-09-04..2017-05-09
Robert Mueller | روبرت مولر, روبرت موللر, ~مولر | USA | JUD | COP Director of the FBI 2001-09-04..2013-09-04 ; JUD Special Counsel 2017-05-17..2019-05-29
Brett Kavanaugh | بريت كافانو, كافانو | USA | JUD | JUD Judge of the Court of Appeals for the DC Circuit 2006-05-30..2018-10-06 ; JUD Associate Justice of the Supreme Court 2018-10-06..
# Military commanders
Mike Mullen | مايك مولن, مايكل مولن, مولن | USA | MIL | MIL Chairman of the Joint Chiefs of Staff 2007-10-01..2011-09-30
Martin Dempsey | مارتن ديمبسي, مارتن دمبسي, ديمبسي, دمبسي | USA | MIL | MIL Chairman of the Joint Chiefs of Staff 2011-10-01..2015-09-25
Joseph Dunford | جوزيف دانفورد, جوزف دانفورد, جوزيف دنفورد, دانفورد, دنفورد | USA | MIL | MIL Commandant of the Marine Corps 2014-10-17..2015-09-24 ; MIL Chairman of the Joint Chiefs of Staff 2015-10-01..2019-09-30
Mark Milley | مارك ميلي, مارك ميلاي, ميلي | USA | MIL | MIL Chief of Staff of the Army 2015-08-14..2019-08-09 ; MIL Chairman of the Joint Chiefs of Staff 2019-10-01..2023-09-29
Charles Q. Brown Jr. / CQ Brown | تشارلز براون, تشارلز كيو براون, سي كيو براون, تشارلز كيو براون جونيور | USA | MIL | MIL Chief of Staff of the Air Force 2020-08-06..2023-09-29 ; MIL Chairman of the Joint Chiefs of Staff 2023-10-01..2025-02-21
Dan Caine | دان كين, دان كاين, ~كين | USA | MIL | MIL Chairman of the Joint Chiefs of Staff 2025-04-11..
Joseph Votel | جوزيف فوتيل, جوزف فوتيل, فوتيل | USA | MIL | MIL Commander of US Central Command 2016-03-30..2019-03-28
Kenneth McKenzie / Frank McKenzie | كينيث ماكنزي, كينيث ماكينزي, فرانك ماكنزي, فرانك ماكينزي, ماكنزي, ماكينزي | USA | MIL | MIL Commander of US Central Command 2019-03-28..2022-04-01
Michael Kurilla / Erik Kurilla | مايكل كوريلا, إريك كوريلا, اريك كوريلا, كوريلا | USA | MIL | MIL Commander of US Central Command 2022-04-01..2025-08-08
Brad Cooper / Charles Bradford Cooper | براد كوبر, تشارلز براد كوبر, ~كوبر | USA | MIL | MIL Commander of US Naval Forces Central Command 2021-04-19..2024-08-01 ; MIL Commander of US Central Command 2025-08-08..
John R. Allen / John Allen | جون ألين, جون آلن, جون الن | USA | MIL | MIL Commander of ISAF in Afghanistan 2011-07-18..2013-02-10 ; GOV Special Envoy for the Coalition against ISIL 2014-09-16..2015-10-23
Raymond Odierno | راي أوديرنو, ريموند أوديرنو, أوديرنو, اوديرنو | USA | MIL | MIL Commander of US Forces in Iraq 2008-09-16..2010-09-01 ; MIL Chief of Staff of the Army 2011-09-07..2015-08-14
Stephen Townsend | ستيفن تاونسند, ستيفن تاونسيند, تاونسند | USA | MIL | MIL Commander of the anti-ISIS coalition forces 2016-08-21..2017-09-05 ; MIL Commander of US Africa Command 2019-07-26..2022-08-09
# Spokespeople
Victoria Nuland | فيكتوريا نولاند, فكتوريا نولاند, نولاند | USA | GOV | GOV State Department Spokesperson 2011-06-01..2013-05-01 ; GOV Assistant Secretary of State for European Affairs 2013-09-18..2017-01-20 ; GOV Under Secretary of State for Political Affairs 2021-05-03..2024-03-22
Jen Psaki | جين ساكي, جين بساكي, جينيفر ساكي, ساكي, بساكي | USA | GOV | GOV State Department Spokesperson 2013-04-01..2015-03-31 ; GOV White House Press Secretary 2021-01-20..2022-05-13
Marie Harf | ماري هارف, هارف | USA | GOV | GOV Acting State Department Spokesperson 2015-03-31..2015-05-31
John Kirby | جون كيربي, جون كيربى, كيربي | USA | GOV | GOV State Department Spokesperson 2015-05-01..2017-01-20 ; GOVMIL Pentagon Press Secretary 2021-01-20..2022-05-27 ; GOV National Security Council Coordinator for Strategic Communications 2022-05-27..2025-01-20
Heather Nauert | هيذر ناورت, هيذر نويرت, هيثر ناورت, ناورت, نويرت | USA | GOV | GOV State Department Spokesperson 2017-04-24..2019-03-08
Morgan Ortagus | مورغان أورتاغوس, مورغان اورتاغوس, مورجان أورتاجوس, مورغان أورتيغاس, أورتاغوس, اورتاغوس, أورتاجوس | USA | GOV | GOV State Department Spokesperson 2019-06-01..2021-01-20 ; GOV Deputy Special Envoy for the Middle East 2025-01-20..
Ned Price | نيد برايس, نيد براس, ~برايس | USA | GOV | GOV State Department Spokesperson 2021-01-20..2023-03-31
Matthew Miller | ماثيو ميلر, ماتيو ميلر, ماثيو ميللر | USA | GOV | GOV State Department Spokesperson 2023-03-31..2025-01-20
Tammy Bruce | تامي بروس, ~بروس | USA | GOV | GOV State Department Spokesperson 2025-01-20..2025-08-31
Jay Carney | جاي كارني, جي كارني, كارني | USA | GOV | GOV White House Press Secretary 2011-02-13..2014-06-20
Josh Earnest | جوش إرنست, جوش ارنست, جوش إيرنست, إرنست, ارنست | USA | GOV | GOV White House Press Secretary 2014-06-20..2017-01-20
Sean Spicer | شون سبايسر, شون سبيسر, سبايسر, سبيسر | USA | GOV | GOV White House Press Secretary 2017-01-20..2017-07-21
Sarah Huckabee Sanders / Sarah Sanders | سارة ساندرز, سارة هاكابي ساندرز, ساره ساندرز | USA | GOV | GOV White House Press Secretary 2017-07-26..2019-07-01 ; GOV Governor of Arkansas 2023-01-10..
Kayleigh McEnany | كايلي ماكناني, كايلي ماكيناني, ماكناني, ماكيناني | USA | GOV | GOV White House Press Secretary 2020-04-07..2021-01-20
Karine Jean-Pierre | كارين جان بيير, كارين جان-بيير, كارين جين بيير | USA | GOV | GOV White House Press Secretary 2022-05-13..2025-01-20
Karoline Leavitt | كارولين ليفيت, كارولاين ليفيت, كارولين ليفات, ليفيت | USA | GOV | GOV White House Press Secretary 2025-01-20..
# Envoys, ambassadors, advisers
Jared Kushner | جاريد كوشنر, جارد كوشنر, كوشنر | USA | GOV | GOV Senior Advisor to the President 2017-01-20..2021-01-20
Ivanka Trump | إيفانكا ترامب, ايفانكا ترامب, إيفانكا ترمب, إيفانكا | USA | GOV | GOV Senior Advisor to the President 2017-03-29..2021-01-20
Jason Greenblatt | جيسون غرينبلات, جيسون جرينبلات, جيسون غرينبلاط, غرينبلات, جرينبلات | USA | GOV | GOV Special Representative for International Negotiations 2017-01-20..2019-10-31
Brian Hook | براين هوك, بريان هوك, برايان هوك, ~هوك | USA | GOV | GOV Special Representative for Iran 2018-08-16..2020-08-06
Elliott Abrams | إليوت أبرامز, اليوت ابرامز, إليوت ابرامز, إليوت ابرامس | USA | GOV | GOV Special Representative for Venezuela 2019-01-25..2021-01-20 ; GOV Special Representative for Iran 2020-08-06..2021-01-20
Zalmay Khalilzad | زلماي خليل زاد, زلمي خليل زاد, زلماي خليلزاد, خليل زاد, خليلزاد | USA | GOV | GOV Special Representative for Afghanistan Reconciliation 2018-09-05..2021-10-18
James Jeffrey | جيمس جيفري, جيمس جفري, جيفري, جيم جيفري | USA | GOV | GOV Ambassador to Iraq 2010-09-01..2012-06-01 ; GOV Special Representative for Syria Engagement 2018-08-17..2020-11-08
Brett McGurk | بريت ماكغورك, بريت ماكغيرك, بريت ماكجورك, ماكغورك, ماكجورك, ماكغيرك | USA | GOV | GOV Special Presidential Envoy for the Coalition against ISIL 2015-10-23..2018-12-31 ; GOV National Security Council Coordinator for the Middle East 2021-01-20..2025-01-20
Robert Malley / Rob Malley | روبرت مالي, روب مالي, روبرت مالى | USA | GOV | GOV Special Envoy for Iran 2021-01-29..2023-06-29
Amos Hochstein | آموس هوكشتاين, اموس هوكشتاين, عاموس هوكشتاين, آموس هوكستين, هوكشتاين, هوكستين, هوكشتين | USA | GOV | GOV Senior Advisor for Energy Security 2021-08-01..2025-01-20
Tim Lenderking / Timothy Lenderking | تيم ليندركينغ, تيموثي ليندركينغ, تيم ليندركينج, ليندركينغ, ليندركينج, ليندر كينغ | USA | GOV | GOV Special Envoy for Yemen 2021-02-04..2025-01-20
Steve Witkoff / Steven Witkoff | ستيف ويتكوف, ستيفن ويتكوف, ستيف ويتكوفف, ويتكوف | USA | GOV | GOV Special Envoy to the Middle East 2025-01-20..
Tom Barrack / Thomas Barrack | توم باراك, توماس باراك, توم براك | USA | GOV | GOV Ambassador to Turkey 2025-05-08.. ; GOV Special Envoy for Syria 2025-05-23..
Massad Boulos | مسعد بولس, مسعد بولص, ~بولس | USA | GOV | GOV Senior Advisor for Arab and Middle Eastern Affairs 2025-01-20..
Keith Kellogg | كيث كيلوغ, كيث كيلوج, كيلوغ, كيلوج | USA | GOV | GOV Special Envoy for Ukraine and Russia 2025-01-20..
Mike Huckabee | مايك هاكابي, مايك هكابي, هاكابي | USA | GOV | GOV Ambassador to Israel 2025-04-18..
David Friedman | ديفيد فريدمان, دافيد فريدمان, فريدمان | USA | GOV | GOV Ambassador to Israel 2017-05-15..2021-01-20
Jack Lew / Jacob Lew | جاك لو, جاكوب لو, جيكوب لو | USA | GOV | GOV White House Chief of Staff 2012-01-27..2013-01-25 ; GOV Secretary of the Treasury 2013-02-28..2017-01-20 ; GOV Ambassador to Israel 2023-11-05..2025-01-20
Tom Nides / Thomas Nides | توم نايدز, توماس نايدز, نايدز | USA | GOV | GOV Ambassador to Israel 2021-12-05..2023-07-21
George J. Mitchell / George Mitchell | جورج ميتشل, جورج ميتشيل, ميتشل | USA | GOV | GOV Special Envoy for Middle East Peace 2009-01-22..2011-05-20
Martin Indyk | مارتن إنديك, مارتن انديك, إنديك, انديك | USA | GOV | GOV Special Envoy for Israeli-Palestinian Negotiations 2013-07-29..2014-06-27
Jeff Flake | جيف فليك, جيف فلايك, فليك | USA | GOV | LEG Senator 2013-01-03..2019-01-03 ; GOV Ambassador to Turkey 2022-01-11..2025-01-20
David Satterfield | ديفيد ساترفيلد, دافيد ساترفيلد, ساترفيلد | USA | GOV | GOV Ambassador to Turkey 2019-06-01..2020-12-31 ; GOV Special Envoy for Middle East Humanitarian Issues 2023-10-15..2024-12-31
Matthew Tueller | ماثيو تولر, ماثيو تيولر, تولر | USA | GOV | GOV Ambassador to Yemen 2014-06-01..2019-06-01 ; GOV Ambassador to Iraq 2019-06-01..2022-06-01
Gerald Feierstein | جيرالد فايرستاين, جيرالد فيرستاين, فايرستاين | USA | GOV | GOV Ambassador to Yemen 2010-09-01..2013-10-01
Robert Ford | روبرت فورد, ~فورد | USA | GOV | GOV Ambassador to Syria 2011-01-16..2014-02-28
Michael Ratney | مايكل راتني, راتني | USA | GOV | GOV Special Envoy for Syria 2016-01-01..2017-12-31 ; GOV Ambassador to Saudi Arabia 2023-04-01..2025-01-20
Joel Rayburn | جويل رايبرن, جويل ريبورن, رايبرن | USA | GOV | GOV Special Envoy for Syria 2020-06-01..2021-01-20
Ben Rhodes | بن رودس, بن رودز, رودس | USA | GOV | GOV Deputy National Security Advisor for Strategic Communications 2009-01-20..2017-01-20
# Congress
Nancy Pelosi | نانسي بيلوسي, نانسي بلوسي, بيلوسي, بلوسي | USA | LEG | LEG Speaker of the House of Representatives 2007-01-04..2011-01-03 ; LEG Minority Leader of the House 2011-01-03..2019-01-03 ; LEG Speaker of the House of Representatives 2019-01-03..2023-01-03
John Boehner | جون بينر, جون بوينر, جون باينر, بينر, بوينر | USA | LEG | LEG Speaker of the House of Representatives 2011-01-05..2015-10-29
Paul Ryan | بول رايان, بول ريان, ~رايان | USA | LEG | LEG Speaker of the House of Representatives 2015-10-29..2019-01-03
Kevin McCarthy | كيفن مكارثي, كيفين مكارثي, كيفن ماكارثي, مكارثي, ماكارثي | USA | LEG | LEG Majority Leader of the House 2014-08-01..2019-01-03 ; LEG Minority Leader of the House 2019-01-03..2023-01-03 ; LEG Speaker of the House of Representatives 2023-01-07..2023-10-03
Mike Johnson | مايك جونسون, مايكل جونسون | USA | LEG | LEG Speaker of the House of Representatives 2023-10-25..
Hakeem Jeffries | حكيم جيفريز, هكيم جيفريز, حكيم جفريز, جيفريز | USA | LEG | LEG Minority Leader of the House 2023-01-03..
Harry Reid | هاري ريد, ~ريد | USA | LEG | LEG Senate Majority Leader 2007-01-03..2015-01-03 ; LEG Senate Minority Leader 2015-01-03..2017-01-03
Mitch McConnell | ميتش ماكونيل, ميتش مكونيل, ميتش ماكونل, ماكونيل, مكونيل, ماكونل | USA | LEG | LEG Senate Minority Leader 2007-01-03..2015-01-03 ; LEG Senate Majority Leader 2015-01-03..2021-01-20 ; LEG Senate Minority Leader 2021-01-20..2025-01-03 ; LEG Senator 2025-01-03..
Chuck Schumer | تشاك شومر, تشارلز شومر, شاك شومر, شومر | USA | LEG | LEG Senate Minority Leader 2017-01-03..2021-01-20 ; LEG Senate Majority Leader 2021-01-20..2025-01-03 ; LEG Senate Minority Leader 2025-01-03..
John Thune | جون ثون, جون ثيون, ثون | USA | LEG | LEG Senate Majority Leader 2025-01-03..
Lindsey Graham | ليندسي غراهام, ليندسي جراهام, ليندسى غراهام, غراهام, جراهام | USA | LEG | LEG Senator 2003-01-03..
Bob Menendez / Robert Menendez | بوب مينينديز, روبرت مينينديز, بوب منينديز, مينينديز, منينديز, مينينديث | USA | LEG | LEG Chair of the Senate Foreign Relations Committee 2013-02-01..2015-01-03 ; LEG Chair of the Senate Foreign Relations Committee 2021-02-03..2023-09-22
Jim Risch / James Risch | جيم ريش, جيمس ريش | USA | LEG | LEG Chair of the Senate Foreign Relations Committee 2019-01-03..2021-02-03 ; LEG Chair of the Senate Foreign Relations Committee 2025-01-03..
Bob Corker | بوب كوركر, كوركر | USA | LEG | LEG Chair of the Senate Foreign Relations Committee 2015-01-03..2019-01-03
Ben Cardin | بن كاردين, بنجامين كاردين, كاردين | USA | LEG | LEG Chair of the Senate Foreign Relations Committee 2023-09-22..2025-01-03
John McCain | جون ماكين, جون مكين, ماكين, مكين | USA | LEG | LEG Senator 1987-01-03..2018-08-25
Bernie Sanders | بيرني ساندرز, بيرني سندرز, بيرنى ساندرز, ساندرز | USA | LEG | LEG Senator 2007-01-03..
Ted Cruz | تيد كروز, ~كروز | USA | LEG | LEG Senator 2013-01-03..
Elizabeth Warren | إليزابيث وارن, اليزابيث وارن, إليزابيث وارين, ~وارن | USA | LEG | LEG Senator 2013-01-03..
Rand Paul | راند بول, راند باول | USA | LEG | LEG Senator 2011-01-03..
Tom Cotton | توم كوتون, توم كوتن, كوتون | USA | LEG | LEG Senator 2015-01-03..
Chris Murphy | كريس مورفي, كريستوفر مورفي, ~مورفي | USA | LEG | LEG Senator 2013-01-03..
Chris Van Hollen | كريس فان هولين, كريس فان هولن, فان هولين | USA | LEG | LEG Senator 2017-01-03..
Adam Schiff | آدم شيف, ادم شيف, شيف | USA | LEG | LEG Chair of the House Intelligence Committee 2019-01-03..2023-01-03 ; LEG Senator 2024-12-09..
Ilhan Omar | إلهان عمر, الهان عمر, إلهان عبد الله عمر | USA | LEG | LEG Member of the House of Representatives 2019-01-03..
Rashida Tlaib | رشيدة طليب, رشيده طليب, طليب | USA | LEG | LEG Member of the House of Representatives 2019-01-03..
Alexandria Ocasio-Cortez | ألكسندريا أوكاسيو كورتيز, الكساندريا أوكاسيو كورتيز, أوكاسيو كورتيز, أوكاسيو-كورتيز | USA | LEG | LEG Member of the House of Representatives 2019-01-03..
Michael McCaul | مايكل ماكول, ماكول | USA | LEG | LEG Chair of the House Foreign Affairs Committee 2023-01-03..2025-01-03
Mitt Romney | ميت رومني, رومني | USA | LEG | OPP Republican presidential nominee 2012-08-30..2012-11-06 ; LEG Senator 2019-01-03..2025-01-03
# Economy and others
Timothy Geithner / Tim Geithner | تيموثي غايتنر, تيموثي جايتنر, تيم غايتنر, غايتنر, جايتنر | USA | GOV | GOV Secretary of the Treasury 2009-01-26..2013-01-25
Steven Mnuchin / Steve Mnuchin | ستيفن منوشين, ستيفن منوتشين, ستيف منوشين, منوشين, منوتشين | USA | GOV | GOV Secretary of the Treasury 2017-02-13..2021-01-20
Janet Yellen | جانيت يلين, جانيت يلن, جانيت يالين, يلين, يلن | USA | GOV | GOV Chair of the Federal Reserve 2014-02-03..2018-02-03 ; GOV Secretary of the Treasury 2021-01-26..2025-01-20
Scott Bessent | سكوت بيسنت, سكوت بيسينت, بيسنت, بيسينت | USA | GOV | GOV Secretary of the Treasury 2025-01-28..
Ben Bernanke | بن برنانكي, بن برنانكى, برنانكي | USA | GOV | GOV Chair of the Federal Reserve 2006-02-01..2014-01-31
Jerome Powell | جيروم باول, جيروم بأول, جيروم بويل | USA | GOV | GOV Chair of the Federal Reserve 2018-02-05..
Howard Lutnick | هوارد لوتنيك, لوتنيك | USA | GOV | GOV Secretary of Commerce 2025-02-21..
Wilbur Ross | ويلبر روس, ويلبور روس | USA | GOV | GOV Secretary of Commerce 2017-02-28..2021-01-20
Robert Lighthizer | روبرت لايتهايزر, لايتهايزر, لايتهيزر | USA | GOV | GOV Trade Representative 2017-05-15..2021-01-20
Melania Trump | ميلانيا ترامب, ميلانيا ترمب, ~ميلانيا | USA | GOV | GOV First Lady of the United States 2017-01-20..2021-01-20 ; GOV First Lady of the United States 2025-01-20..
Michael Cohen {michael-cohen-lawyer} | مايكل كوهين | USA | CVL | CVL Personal lawyer of Donald Trump 2006..2018-05
Rudy Giuliani / Rudolph Giuliani | رودي جيلياني, رودي جولياني, رودي غولياني, رودي جيولياني, رودولف جولياني, ~جولياني, ~غولياني | USA | CVL | GOV Mayor of New York City 1994-01-01..2001-12-31 ; CVL Personal lawyer of Donald Trump 2018-04-19..2021-01-20
Paul Manafort | بول مانافورت, مانافورت | USA | CVL | CVL Chairman of the Trump presidential campaign 2016-06-20..2016-08-19
Stormy Daniels | ستورمي دانييلز, ستورمي دانيالز, ستورمي دانيلز, ستيفاني كليفورد, ستورمي | USA | CVL | CVL Actress 2002..
Rick Scott | ريك سكوت | USA | | GOV Governor of Florida 2011-01-04..2019-01-07 ; LEG Senator from Florida 2019-01-08..
John Sullivan {john-j-sullivan} | جون سوليفان | USA | GOV | GOV Deputy Secretary of State 2017-05-31..2019-12-21 ; GOV Ambassador to Russia 2020-02-05..2022-10-06
Jack Dorsey | جاك دورسي, ~دورسي | USA | BUS | BUS Chief Executive of Twitter 2015-10-05..2021-11-29
Fareed Zakaria | فريد زكريا | USA | MED | MED CNN host 2008-06-01..
Christiane Amanpour | كريستيان أمانبور, كريستيان امانبور, ~أمانبور | GBR | USAMED | USAMED CNN chief international anchor 1992-01-01..
# Added: attorneys general, chiefs of staff, homeland security, deputy secretaries
Eric Holder | إريك هولدر, اريك هولدر, هولدر | USA | GOV | GOV Attorney General 2009-02-03..2015-04-27
Loretta Lynch | لوريتا لينش, لورينا لينش | USA | GOV | GOV Attorney General 2015-04-27..2017-01-20
Jeff Sessions | جيف سيشنز, جيف سيشينز, سيشنز | USA | GOV | GOV Attorney General 2017-02-09..2018-11-07
William Barr | وليام بار, ويليام بار, بيل بار | USA | GOV | GOV Attorney General 2019-02-14..2020-12-23
Merrick Garland | ميريك غارلاند, ميريك جارلاند, غارلاند | USA | GOV | GOV Attorney General 2021-03-11..2025-01-20
Pam Bondi | بام بوندي, بوندي | USA | GOV | GOV Attorney General 2025-02-05..
Kristi Noem | كريستي نويم, كريستي نوم, نويم | USA | GOV | GOV Secretary of Homeland Security 2025-01-25..
Alejandro Mayorkas | أليخاندرو مايوركاس, اليخاندرو مايوركاس, مايوركاس | USA | GOV | GOV Secretary of Homeland Security 2021-02-02..2025-01-20
Reince Priebus | رينس بريبوس, بريبوس | USA | GOV | GOV White House Chief of Staff 2017-01-20..2017-07-31
John F. Kelly / John Kelly | جون كيلي | USA | GOV | GOV Secretary of Homeland Security 2017-01-20..2017-07-31 ; GOV White House Chief of Staff 2017-07-31..2019-01-02
Mark Meadows | مارك ميدوز, ميدوز | USA | GOV | GOV White House Chief of Staff 2020-03-31..2021-01-20
Ron Klain | رون كلاين, رونالد كلاين | USA | GOV | GOV White House Chief of Staff 2021-01-20..2023-02-08
Susie Wiles | سوزي وايلز, سوزي ويلز, وايلز | USA | GOV | GOV White House Chief of Staff 2025-01-20..
Stephen Miller | ستيفن ميلر, ستيفن ميللر | USA | GOV | GOV Senior Advisor to the President 2017-01-20..2021-01-20 ; GOV Deputy Chief of Staff 2025-01-20..
Steve Bannon | ستيف بانون, ستيفن بانون, بانون | USA | GOV | GOV White House Chief Strategist 2017-01-20..2017-08-18
Wendy Sherman | ويندي شيرمان, وندي شيرمان, شيرمان | USA | GOV | GOV Under Secretary of State for Political Affairs 2011-09-21..2015-10-16 ; GOV Deputy Secretary of State 2021-04-14..2023-07-28
Barbara Leaf | باربرا ليف, باربارا ليف | USA | GOV | GOV Assistant Secretary of State for Near Eastern Affairs 2022-06-01..2025-01-20
Kurt Campbell | كيرت كامبل, كورت كامبل | USA | GOV | GOV Deputy Secretary of State 2024-02-12..2025-01-20
Christopher Landau | كريستوفر لانداو, لانداو | USA | GOV | GOV Deputy Secretary of State 2025-03-25..
# Added: 2025 cabinet members often in energy and trade news
Chris Wright | كريس رايت, كريستوفر رايت | USA | GOV | GOV Secretary of Energy 2025-02-04..
Jamieson Greer | جيميسون غرير, جيميسون جرير, غرير | USA | GOV | GOV Trade Representative 2025-02-26..
Doug Burgum | دوغ بورغم, دوج بورجم, بورغم | USA | GOV | GOV Secretary of the Interior 2025-02-01..
Robert F. Kennedy Jr. | روبرت إف كينيدي جونيور, روبرت كينيدي جونيور, روبرت كينيدي الابن | USA | GOV | GOV Secretary of Health and Human Services 2025-02-13..
Pat Ryder / Patrick Ryder | بات رايدر, باتريك رايدر, رايدر | USA | MIL | MIL Pentagon Press Secretary 2022-08-01..2025-01-20
Sean Parnell | شون بارنيل, شون بارنل, بارنيل | USA | GOVMIL | GOVMIL Pentagon Chief Spokesman 2025-01-20..
# Added from unlinked names in ANT news (2018): White House staff, Justice Department, the Russia inquiry
Raj Shah | راج شاه | USA | GOV | GOV White House Principal Deputy Press Secretary 2017-01-20..2019-01
Rob Porter | روب بورتر | USA | GOV | GOV White House Staff Secretary 2017-01-20..2018-02-07
Hope Hicks | هوب هيكس, ~هيكس | USA | GOV | GOV White House Communications Director 2017-08..2018-03-29 ; GOV Counselor to the President 2020-03..2021-01-20
Rod Rosenstein | رود روزنستاين, رود روزنشتاين, رود روزنشتين, روزنستاين, روزنشتاين | USA | GOV | GOV Deputy Attorney General 2017-04-26..2019-05-11
Andrew McCabe | أندرو مكابي, أندرو ماكابي, اندرو مكابي, مكابي, ماكابي | USA | COP | COP Deputy Director of the FBI 2016-02-01..2018-03-16
Larry Kudlow | لاري كودلو, كودلو | USA | GOV | GOV Director of the National Economic Council 2018-04-02..2021-01-20
Omarosa Manigault Newman | أوماروسا نيومان, أوماروسا مانيغولت نيومان, أوماروسا, اوماروسا | USA | GOV | GOV White House Office of Public Liaison 2017-01-20..2018-01-20
Michael Avenatti | مايكل أفيناتي, مايكل افيناتي, أفيناتي, افيناتي | USA | CVL |
Carter Page | كارتر بيج | USA | CVL |
George Papadopoulos | جورج بابادوبولوس, جورج بابادوبلوس, بابادوبولوس, بابادوبلوس | USA | CVL |
Karen McDougal | كارين ماكدوغال, كارين ماكدوجال, ماكدوغال | USA | CVL |
# Added from unlinked names in ANT news (2018, articles 3,000-12,000), second pass
Bob Woodward | بوب وودوارد, بوب وودورد | USA | MED |
Michelle Obama | ميشيل أوباما, ميشيل اوباما, ميشال أوباما | USA | CVL | GOV First Lady of the United States 2009-01-20..2017-01-20
Barbara Bush | باربرا بوش, باربارا بوش | USA | CVL | GOV First Lady of the United States 1989-01-20..1993-01-20
Rick Gates | ريك غيتس | USA | CVL |
George Nader | جورج نادر | USA | CVL |
Mark Warner | مارك وارنر | USA | LEG | GOV Governor of Virginia 2002-01-12..2006-01-14 ; LEG Senator 2009-01-03..
Nikolas Cruz | نيكولاس كروز | USA | CVL |
Monica Lewinsky | مونيكا لوينسكي, لوينسكي | USA | CVL |
Julie Swetnick | جولي سويتنيك, سويتنيك | USA | CVL |
Thomas Markle | توماس ماركل | USA | CVL |
Jamie Dimon | جيمي ديمون | USA | BUS | BUS Chief Executive of JPMorgan Chase 2005-12-31..
Martin Shkreli | مارتن شكريلي, شكريلي | USA | BUS |
Newt Gingrich | نيوت غينغريتش, نيوت جينجريتش, غينغريتش | USA | ELI | LEG Speaker of the House of Representatives 1995-01-04..1999-01-03
Richard Grenell | ريتشارد غرينيل, ريتشارد جرينيل, غرينيل | USA | GOV | GOV Ambassador to Germany 2018-05-08..2020-06-01 ; GOV Acting Director of National Intelligence 2020-02-20..2020-05-26
Christopher Wray | كريستوفر راي, كريستوفر وراي | USA | COP | COP Director of the FBI 2017-08-02..2025-01-19
Kathryn Mayorga | كاثرين مايورغا, كاثرين مايورجا, مايورغا | USA | CVL |
Jarrod Ramos | جارود راموس, غارود راموس | USA | CVL |
David Goldfein | ديفيد غولدفين, دافيد غولدفين, غولدفين | USA | MIL | MIL Chief of Staff of the Air Force 2016-07-01..2020-08-06
"""
