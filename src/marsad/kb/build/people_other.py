"""International officials, UN envoys, religious leaders and other states' leaders often in
Arabic news, 2010-2025 (table format: see people_gen.py)."""

ROWS = """
# United Nations: secretaries-general, spokespeople, agency heads
Ban Ki-moon | بان كي مون, بان كي-مون, بان كيمون | KOR | IGOUNO | GOV South Korean Minister of Foreign Affairs 2004-01-17..2006-11-09 ; IGOUNO Secretary-General of the United Nations 2007-01-01..2016-12-31
Antonio Guterres / António Guterres | أنطونيو غوتيريش, انطونيو غوتيريش, أنطونيو جوتيريش, أنطونيو غوتيريس, غوتيريش, جوتيريش, غوتيريس | PRT | IGOUNO | IGOUNOREFHCR UN High Commissioner for Refugees 2005-06-15..2015-12-31 ; IGOUNO Secretary-General of the United Nations 2017-01-01..
Kofi Annan | كوفي عنان, كوفي أنان, ~عنان | GHA | IGOUNO | IGOUNO Secretary-General of the United Nations 1997-01-01..2006-12-31 ; IGOUNO UN-Arab League Joint Special Envoy for Syria 2012-02-23..2012-08-31
Stephane Dujarric / Stéphane Dujarric | ستيفان دوجاريك, ستيفان دوغاريك, دوجاريك, دوغاريك | FRA | IGOUNO | IGOUNO Spokesperson for the Secretary-General 2014-01-01..
Farhan Haq | فرحان حق, فرحان الحق | USA | IGOUNO | IGOUNO Deputy Spokesperson for the Secretary-General 2009-01-01..
Martin Nesirky | مارتن نسيركي, نسيركي | GBR | IGOUNO | IGOUNO Spokesperson for the Secretary-General 2010-01-01..2013-12-31
Rafael Grossi / Rafael Mariano Grossi | رافائيل غروسي, رافاييل غروسي, رافائيل جروسي, غروسي, جروسي | ARG | IGOUNOIAE | IGOUNOIAE Director General of the IAEA 2019-12-03..
Yukiya Amano | يوكيا أمانو, يوكيا امانو, أمانو, امانو | JPN | IGOUNOIAE | IGOUNOIAE Director General of the IAEA 2009-12-01..2019-07-18
Ahmet Uzumcu / Ahmet Üzümcü | أحمد أوزومجو, احمد اوزومجو, أحمد أوزمجو, أوزومجو, أوزمجو | TUR | IGO | IGO Director-General of the OPCW 2010-07-25..2018-07-24
Fernando Arias | فرناندو أرياس, فيرناندو أرياس, أرياس | ESP | IGO | IGO Director-General of the OPCW 2018-07-25..
Fatou Bensouda | فاتو بنسودا, فاتو بنسوده, بنسودا | GMB | IGOJUDICC | IGOJUDICC Prosecutor of the International Criminal Court 2012-06-15..2021-06-15
Karim Khan / Karim Ahmad Khan | كريم خان, كريم أحمد خان | GBR | IGOJUDICC | IGOJUDICC Prosecutor of the International Criminal Court 2021-06-16..
Tedros Adhanom Ghebreyesus | تيدروس أدهانوم غيبريسوس, تيدروس أدهانوم, تيدروس, غيبريسوس | ETH | IGOUNOHLHWHO | GOV Ethiopian Minister of Foreign Affairs 2012-11-29..2016-11-01 ; IGOUNOHLHWHO Director-General of the WHO 2017-07-01..
Margaret Chan | مارغريت تشان, مارجريت تشان | CHN | IGOUNOHLHWHO | IGOUNOHLHWHO Director-General of the WHO 2007-01-04..2017-06-30
Filippo Grandi | فيليبو غراندي, فيليبو جراندي, غراندي | ITA | IGOUNOREFHCR | IGOUNOREF Commissioner-General of UNRWA 2010-01-01..2014-03-01 ; IGOUNOREFHCR UN High Commissioner for Refugees 2016-01-01..
Pierre Krahenbuhl / Pierre Krähenbühl | بيير كرينبول, بيير كراهينبول, كرينبول | CHE | IGOUNOREF | IGOUNOREF Commissioner-General of UNRWA 2014-03-30..2019-11-06
Philippe Lazzarini | فيليب لازاريني, لازاريني | CHE | IGOUNOREF | IGOUNO UN Special Coordinator for Lebanon 2017-01-01..2020-03-01 ; IGOUNOREF Commissioner-General of UNRWA 2020-03-18..
Valerie Amos | فاليري آموس, فاليري اموس, آموس | GBR | IGOUNO | IGOUNO UN Under-Secretary-General for Humanitarian Affairs 2010-09-01..2015-05-29
Stephen O'Brien | ستيفن أوبراين, ستيفن اوبراين, ستيفن اوبرين, ستيفن أوبرايان | GBR | IGOUNO | IGOUNO UN Under-Secretary-General for Humanitarian Affairs 2015-05-29..2017-08-31
Mark Lowcock | مارك لوكوك, لوكوك | GBR | IGOUNO | IGOUNO UN Under-Secretary-General for Humanitarian Affairs 2017-09-01..2021-06-30
Tom Fletcher | توم فليتشر, فليتشر | GBR | IGOUNO | GBRGOV British Ambassador to Lebanon 2011-08-01..2015-03-31 ; IGOUNO UN Under-Secretary-General for Humanitarian Affairs 2024-11-18..
David Beasley | ديفيد بيزلي, بيزلي | USA | IGOUNOWFP | IGOUNOWFP Executive Director of the World Food Programme 2017-04-04..2023-04-04
Cindy McCain | سيندي ماكين, سيندي مكين | USA | IGOUNOWFP | IGOUNOWFP Executive Director of the World Food Programme 2023-04-05..
Navi Pillay | نافي بيلاي, بيلاي | ZAF | IGOUNOHRIHCH | IGOUNOHRIHCH UN High Commissioner for Human Rights 2008-09-01..2014-08-31
Zeid Ra'ad Al Hussein | زيد رعد الحسين, زيد بن رعد الحسين, زيد بن رعد | JOR | IGOUNOHRIHCH | IGOUNOHRIHCH UN High Commissioner for Human Rights 2014-09-01..2018-08-31
Michelle Bachelet | ميشيل باشليه, ميشال باشليه, باشليه, ميشيل باشيليت, باشيليت | CHL | IGOUNOHRIHCH | GOV President of Chile 2014-03-11..2018-03-11 ; IGOUNOHRIHCH UN High Commissioner for Human Rights 2018-09-01..2022-08-31
Volker Turk / Volker Türk | فولكر تورك, فولكر ترك | AUT | IGOUNOHRIHCH | IGOUNOHRIHCH UN High Commissioner for Human Rights 2022-10-17..
Francesca Albanese | فرانشيسكا ألبانيز, فرانشيسكا ألبانيزي, فرانشيسكا البانيزي | ITA | IGOUNO | IGOUNO UN Special Rapporteur on the Occupied Palestinian Territories 2022-05-01..
Richard Falk | ريتشارد فولك, ريتشارد فالك | USA | IGOUNO | IGOUNO UN Special Rapporteur on the Occupied Palestinian Territories 2008-05-01..2014-05-01
Kristalina Georgieva | كريستالينا غورغييفا, كريستالينا جورجيفا, غورغييفا | BGR | IGOBUSIMF | IGOBUSIMF Managing Director of the IMF 2019-10-01..
Mohammed Barkindo | محمد باركيندو, باركيندو | NGA | IGOOPC | IGOOPC Secretary-General of OPEC 2016-08-01..2022-07-05
Haitham al-Ghais | هيثم الغيص, الغيص | KWT | IGOOPC | IGOOPC Secretary-General of OPEC 2022-08-01..
# UN envoys: Syria, Yemen, Libya, Iraq, Lebanon, Middle East peace
Lakhdar Brahimi | الأخضر الإبراهيمي, الاخضر الابراهيمي, الأخضر إبراهيمي, الإبراهيمي | DZA | IGOUNO | IGOUNO UN-Arab League Joint Special Representative for Syria 2012-09-01..2014-05-31
Staffan de Mistura | ستافان دي ميستورا, ستيفان دي ميستورا, دي ميستورا | SWE | IGOUNO | IGOUNO UN Special Envoy for Syria 2014-07-10..2018-12-31 ; IGOUNO Personal Envoy for Western Sahara 2021-10-06..
Geir Pedersen | غير بيدرسون, جير بيدرسن, غير بيدرسن, بيدرسون, بيدرسن | NOR | IGOUNO | IGOUNO UN Special Envoy for Syria 2019-01-07..
Jamal Benomar | جمال بنعمر, جمال بن عمر, بنعمر | MAR | IGOUNO | IGOUNO UN Special Adviser on Yemen 2011-04-01..2015-04-25
Martin Griffiths | مارتن غريفيث, مارتن غريفيثس, مارتن جريفيث, غريفيث, غريفيثس | GBR | IGOUNO | IGOUNO UN Special Envoy for Yemen 2018-03-11..2021-06-30 ; IGOUNO UN Under-Secretary-General for Humanitarian Affairs 2021-07-19..2024-06-30
Hans Grundberg | هانس غروندبرغ, هانز غروندبرغ, هانس جروندبرج, غروندبرغ, جروندبرج | SWE | IGOUNO | IGOUNO UN Special Envoy for Yemen 2021-09-05..
Ian Martin | إيان مارتن, ايان مارتن, إيان مارتين | GBR | IGOUNO | IGOUNO Head of the UN Support Mission in Libya 2011-09-16..2012-10-14
Tarek Mitri | طارق متري | LBN | IGOUNO | IGOUNO Head of the UN Support Mission in Libya 2012-10-14..2014-08-31 ; LBNGOV Deputy Prime Minister of Lebanon 2025-02-08..
Bernardino Leon / Bernardino León | برناردينو ليون, برنادينو ليون | ESP | IGOUNO | IGOUNO Head of the UN Support Mission in Libya 2014-09-01..2015-11-17
Martin Kobler | مارتن كوبلر, كوبلر | DEU | IGOUNO | IGOUNO Head of the UN Support Mission in Libya 2015-11-17..2017-06-22
Ghassan Salame / Ghassan Salamé | غسان سلامة, غسان سلامه, ~سلامة | LBN | IGOUNO | IGOUNO Head of the UN Support Mission in Libya 2017-06-22..2020-03-02
Stephanie Williams | ستيفاني وليامز, ستيفاني ويليامز | USA | IGOUNO | IGOUNO Acting Head of the UN Support Mission in Libya 2020-03-02..2021-02-08 ; IGOUNO Special Adviser on Libya 2021-12-06..2022-07-31
Jan Kubis / Ján Kubiš | يان كوبيش, يان كوبيتش, كوبيش | SVK | IGOUNO | IGOUNO Head of the UN Assistance Mission for Iraq 2015-02-01..2018-12-31 ; IGOUNO UN Special Coordinator for Lebanon 2019-01-01..2020-12-31 ; IGOUNO UN Special Envoy for Libya 2021-01-18..2021-12-31
Abdoulaye Bathily | عبد الله باتيلي, عبدالله باتيلي, باتيلي | SEN | IGOUNO | IGOUNO UN Special Envoy for Libya 2022-09-02..2024-05-31
Stephanie Koury | ستيفاني خوري, ستيفاني كوري | USA | IGOUNO | IGOUNO Acting Head of the UN Support Mission in Libya 2024-05-31..2025-02-28
Hanna Tetteh | هانا تيتيه, هانا تيته, تيتيه | GHA | IGOUNO | IGOUNO UN Special Envoy for Libya 2025-02-01..
Jeanine Hennis-Plasschaert | جينين هينيس بلاسخارت, جينين بلاسخارت, بلاسخارت | NLD | IGOUNO | IGOUNO Head of the UN Assistance Mission for Iraq 2018-12-01..2024-05-31 ; IGOUNO UN Special Coordinator for Lebanon 2024-05-31..
Robert Serry | روبرت سيري, سيري | NLD | IGOUNO | IGOUNO UN Special Coordinator for the Middle East Peace Process 2007-11-01..2015-03-31
Nickolay Mladenov | نيكولاي ملادينوف, ملادينوف | BGR | IGOUNO | IGOUNO Head of the UN Assistance Mission for Iraq 2013-08-01..2015-02-01 ; IGOUNO UN Special Coordinator for the Middle East Peace Process 2015-02-01..2020-12-31
Tor Wennesland | تور وينسلاند, تور وينزلاند, وينسلاند | NOR | IGOUNO | IGOUNO UN Special Coordinator for the Middle East Peace Process 2021-01-01..2024-12-31
Sigrid Kaag | سيغريد كاغ, سيجريد كاج, كاغ | NLD | IGOUNO | IGOUNO UN Senior Humanitarian and Reconstruction Coordinator for Gaza 2024-01-08..2025-06-30
# NATO and regional organisations
Anders Fogh Rasmussen | أندرس فوغ راسموسن, اندرس فوغ راسموسن, راسموسن | DNK | IGOWSTNAT | IGOWSTNAT Secretary General of NATO 2009-08-01..2014-09-30
Jens Stoltenberg | ينس ستولتنبرغ, يينس ستولتنبرغ, ينس ستولتنبرج, ستولتنبرغ, ستولتنبرج | NOR | IGOWSTNAT | IGOWSTNAT Secretary General of NATO 2014-10-01..2024-10-01
Mark Rutte | مارك روته, مارك روتي, روته | NLD | IGOWSTNAT | GOV Prime Minister of the Netherlands 2010-10-14..2024-07-02 ; IGOWSTNAT Secretary General of NATO 2024-10-01..
Nayef al-Hajraf | نايف الحجرف, نايف فلاح الحجرف, الحجرف | KWT | IGOPGSGCC | IGOPGSGCC Secretary-General of the Gulf Cooperation Council 2020-02-01..2023-01-31
Jasem Albudaiwi | جاسم البديوي, جاسم محمد البديوي, البديوي | KWT | IGOPGSGCC | IGOPGSGCC Secretary-General of the Gulf Cooperation Council 2023-02-01..
Ekmeleddin Ihsanoglu / Ekmeleddin İhsanoğlu | أكمل الدين إحسان أوغلو, أكمل الدين احسان اوغلو, إحسان أوغلو | TUR | IGOMOSOIC | IGOMOSOIC Secretary-General of the OIC 2005-01-01..2013-12-31
Iyad Madani | إياد مدني, اياد مدني, إياد أمين مدني | SAU | IGOMOSOIC | IGOMOSOIC Secretary-General of the OIC 2014-01-01..2016-11-01
Yousef Al-Othaimeen | يوسف العثيمين, يوسف بن أحمد العثيمين, العثيمين | SAU | IGOMOSOIC | IGOMOSOIC Secretary-General of the OIC 2016-11-01..2021-11-01
Hissein Brahim Taha | حسين إبراهيم طه, حسين ابراهيم طه | TCD | IGOMOSOIC | IGOMOSOIC Secretary-General of the OIC 2021-11-01..
Nkosazana Dlamini-Zuma | نكوسازانا دلاميني زوما, دلاميني زوما | ZAF | IGOAFRAFU | IGOAFRAFU Chairperson of the African Union Commission 2012-10-15..2017-03-14
Moussa Faki / Moussa Faki Mahamat | موسى فقي, موسى فكي محمد, موسى فقي محمد | TCD | IGOAFRAFU | GOV Chadian Minister of Foreign Affairs 2008-04-23..2017-01-30 ; IGOAFRAFU Chairperson of the African Union Commission 2017-03-14..2025-02-15
# Religious leaders
Pope Benedict XVI / Benedict XVI | بنديكت السادس عشر, بنديكتوس السادس عشر, جوزيف راتسينغر, يوزف راتسينغر, راتسينغر | VAT | VATGOV | VATGOV Pope 2005-04-19..2013-02-28
Pope Francis / Francis | فرنسيس الأول, ~فرنسيس, خورخي ماريو بيرغوليو, بيرغوليو, البابا فرنسيس, البابا فرانسيس, بابا الفاتيكان فرنسيس | VAT | VATGOV | VATGOV Pope 2013-03-13..2025-04-21
Pope Leo XIV / Leo XIV | لاوون الرابع عشر, ليو الرابع عشر, روبرت فرانسيس بريفوست, روبرت بريفوست, بريفوست | VAT | VATGOV | VATGOV Pope 2025-05-08..
Bartholomew I | برثلماوس الأول, بارثولوميو الأول | TUR | TURREL | TURREL Ecumenical Patriarch of Constantinople 1991-10-22..
# Ukraine and Belarus
Viktor Yanukovych | فيكتور يانوكوفيتش, فيكتور يانوكوفيش, يانوكوفيتش | UKR | GOV | GOV President of Ukraine 2010-02-25..2014-02-22
Petro Poroshenko | بيترو بوروشينكو, بترو بوروشينكو, بوروشينكو | UKR | GOV | GOV President of Ukraine 2014-06-07..2019-05-20
Volodymyr Zelensky / Volodymyr Zelenskyy | فولوديمير زيلينسكي, فلاديمير زيلينسكي, فولوديمير زيلنسكي, زيلينسكي, زيلنسكي | UKR | GOV | GOV President of Ukraine 2019-05-20..
Arseniy Yatsenyuk | أرسيني ياتسينيوك, ارسيني ياتسينيوك, ياتسينيوك | UKR | GOV | GOV Prime Minister 2014-02-27..2016-04-14
Denys Shmyhal | دينيس شميهال, دنيس شميغال, شميهال, شميغال | UKR | GOV | GOV Prime Minister 2020-03-04..2025-07-17 ; GOVMIL Minister of Defence 2025-07-17..
Yulia Svyrydenko | يوليا سفيريدينكو, سفيريدينكو | UKR | GOV | GOV First Deputy Prime Minister 2021-11-04..2025-07-17 ; GOV Prime Minister 2025-07-17..
Pavlo Klimkin | بافلو كليمكين, كليمكين | UKR | GOV | GOV Minister of Foreign Affairs 2014-06-19..2019-08-29
Dmytro Kuleba | دميترو كوليبا, ديميترو كوليبا, دميتري كوليبا, كوليبا | UKR | GOV | GOV Minister of Foreign Affairs 2020-03-04..2024-09-05
Andrii Sybiha | أندريه سيبيها, اندريه سيبيغا, أندري سيبيها, سيبيها, سيبيغا | UKR | GOV | GOV Minister of Foreign Affairs 2024-09-05..
Oleksii Reznikov | أوليكسي ريزنيكوف, اوليكسي ريزنيكوف, ريزنيكوف | UKR | GOVMIL | GOVMIL Minister of Defence 2021-11-04..2023-09-06
Rustem Umerov | رستم عمروف, رستم أوميروف, عمروف, أوميروف | UKR | GOVMIL | GOVMIL Minister of Defence 2023-09-06..2025-07-17 ; GOV Secretary of the National Security and Defence Council 2025-07-17..
Valerii Zaluzhnyi | فاليري زالوجني, فاليري زالوجنى, زالوجني | UKR | MIL | MIL Commander-in-Chief of the Armed Forces 2021-07-27..2024-02-08 ; GOV Ambassador to the United Kingdom 2024-05-01..
Oleksandr Syrskyi | أولكسندر سيرسكي, ألكسندر سيرسكي, سيرسكي | UKR | MIL | MIL Commander-in-Chief of the Armed Forces 2024-02-08..
Kyrylo Budanov | كيريلو بودانوف, كيريل بودانوف, بودانوف | UKR | GOVSPY | GOVSPY Head of the Defence Intelligence Directorate (HUR) 2020-08-05..
Andriy Yermak | أندريه يرماك, اندريه يرماك, يرماك | UKR | GOV | GOV Head of the Office of the President 2020-02-11..
Alexander Lukashenko | ألكسندر لوكاشينكو, الكسندر لوكاشينكو, لوكاشينكو, لوكاشنكو | BLR | GOV | GOV President of Belarus 1994-07-20..
# Pakistan and Afghanistan
Asif Ali Zardari | آصف علي زرداري, اصف علي زرداري, زرداري | PAK | GOV | GOV President of Pakistan 2008-09-09..2013-09-09 ; GOV President of Pakistan 2024-03-10..
Mamnoon Hussain | ممنون حسين, مأمون حسين | PAK | GOV | GOV President of Pakistan 2013-09-09..2018-09-09
Arif Alvi | عارف علوي, عارف الرحمن علوي | PAK | GOV | GOV President of Pakistan 2018-09-09..2024-03-10
Yousaf Raza Gillani | يوسف رضا جيلاني, يوسف رضا كيلاني, ~جيلاني | PAK | GOV | GOV Prime Minister 2008-03-25..2012-06-19
Raja Pervaiz Ashraf | راجا برويز أشرف, راجا بيرويز أشرف | PAK | GOV | GOV Prime Minister 2012-06-22..2013-03-25
Nawaz Sharif | نواز شريف, محمد نواز شريف, نواز | PAK | GOV | GOV Prime Minister 2013-06-05..2017-07-28
Shahid Khaqan Abbasi | شاهد خاقان عباسي, خاقان عباسي, شهيد خاقان عباسي | PAK | GOV | GOV Prime Minister 2017-08-01..2018-05-31
Imran Khan | عمران خان, عمران أحمد خان نيازي | PAK | GOV | OPP Chairman of Pakistan Tehreek-e-Insaf 1996..2018-08-17 ; GOV Prime Minister 2018-08-18..2022-04-10 ; OPP Leader of Pakistan Tehreek-e-Insaf 2022-04-10..
Shehbaz Sharif | شهباز شريف, شاهباز شريف | PAK | GOV | GOV Prime Minister 2022-04-11..2023-08-14 ; GOV Prime Minister 2024-03-04..
Shah Mahmood Qureshi | شاه محمود قريشي, شاه محمود قرشي | PAK | GOV | GOV Minister of Foreign Affairs 2008-03-31..2011-02-11 ; GOV Minister of Foreign Affairs 2018-08-20..2022-04-10
Hina Rabbani Khar | حنا رباني خار, هينا رباني خار | PAK | GOV | GOV Minister of Foreign Affairs 2011-07-20..2013-03-16
Sartaj Aziz | سرتاج عزيز, سارتاج عزيز | PAK | GOV | GOV Adviser to the Prime Minister on Foreign Affairs 2013-06-07..2017-07-28
Khawaja Asif | خواجة آصف, خواجه آصف, خواجة محمد آصف | PAK | GOVMIL | GOVMIL Minister of Defence 2013-06-07..2017-07-28 ; GOV Minister of Foreign Affairs 2017-08-04..2018-04-26 ; GOVMIL Minister of Defence 2022-04-19..
Bilawal Bhutto Zardari | بلاول بوتو زرداري, بيلاول بوتو زرداري, بلاول بوتو | PAK | GOV | GOV Minister of Foreign Affairs 2022-04-27..2023-08-10
Ishaq Dar | إسحاق دار, اسحاق دار, محمد إسحاق دار | PAK | GOV | GOV Minister of Finance 2013-06-07..2017-11-21 ; GOV Minister of Foreign Affairs 2024-03-11..
Ashfaq Parvez Kayani | أشفاق برويز كياني, اشفاق كياني, ~كياني | PAK | MIL | MIL Chief of Army Staff 2007-11-29..2013-11-29
Raheel Sharif | راحيل شريف, رحيل شريف | PAK | MIL | MIL Chief of Army Staff 2013-11-29..2016-11-29 ; IGOMOS Commander of the Islamic Military Counter Terrorism Coalition 2017-01-01..
Qamar Javed Bajwa | قمر جاويد باجوا, باجوا | PAK | MIL | MIL Chief of Army Staff 2016-11-29..2022-11-29
Asim Munir | عاصم منير, سيد عاصم منير, عاصم منير أحمد شاه | PAK | MIL | MIL Chief of Army Staff 2022-11-29..
Hamid Karzai | حامد كرزاي, كرزاي, حامد قرضاي, قرضاي | AFG | GOV | GOV President of Afghanistan 2004-12-07..2014-09-29
Ashraf Ghani | أشرف غني, اشرف غني, أشرف غني أحمدزي | AFG | GOV | GOV President of Afghanistan 2014-09-29..2021-08-15
Abdullah Abdullah | عبد الله عبد الله, عبدالله عبدالله | AFG | GOV | GOV Chief Executive of Afghanistan 2014-09-29..2020-03-31 ; GOV Chairman of the High Council for National Reconciliation 2020-05-17..2021-08-15
Mullah Omar / Mohammad Omar | الملا عمر, الملا محمد عمر, محمد عمر مجاهد | AFG | AFGREB | AFGREB Leader of the Taliban 1994-01-01..2013-04-23
Akhtar Mansour / Akhtar Mohammad Mansour | أختر منصور, اختر محمد منصور, الملا أختر منصور | AFG | AFGREB | AFGREB Leader of the Taliban 2015-07-29..2016-05-21
Hibatullah Akhundzada | هبة الله آخوند زاده, هبة الله أخوندزاده, هبة الله اخوندزاده, آخوند زاده | AFG | AFGREB | AFGREB Leader of the Taliban 2016-05-25..2021-08-15 ; AFGGOV Supreme Leader of the Taliban government 2021-08-15..
Abdul Ghani Baradar | عبد الغني برادر, عبدالغني برادر, الملا برادر, برادر | AFG | AFGREB | AFGREB Head of the Taliban political office in Doha 2019-01-01..2021-08-15 ; AFGGOV Deputy Prime Minister of the Taliban government 2021-09-07..
Mohammad Hassan Akhund | محمد حسن آخوند, محمد حسن أخوند | AFG | AFGGOV | AFGGOV Prime Minister of the Taliban government 2021-09-07..
Amir Khan Muttaqi | أمير خان متقي, امير خان متقي, ~متقي | AFG | AFGGOV | AFGGOV Foreign minister of the Taliban government 2021-09-07..
Sirajuddin Haqqani | سراج الدين حقاني, سراج حقاني, حقاني | AFG | AFGREB | AFGREB Leader of the Haqqani network 2018-09-03..2021-08-15 ; AFGGOV Interior minister of the Taliban government 2021-09-07..
Zabihullah Mujahid | ذبيح الله مجاهد | AFG | AFGREB | AFGREB Taliban spokesman 2007-01-01..2021-08-15 ; AFGGOV Chief spokesman of the Taliban government 2021-08-15..
Suhail Shaheen | سهيل شاهين | AFG | AFGREB | AFGREB Spokesman of the Taliban political office in Doha 2019-01-01..
# al-Qaeda and other jihadist leaders
Osama bin Laden | أسامة بن لادن, اسامة بن لادن, بن لادن, أسامة بن محمد بن لادن, أسامة محمد بن لادن | SAU | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda 1988-08-11..2011-05-02
Ayman al-Zawahiri | أيمن الظواهري, ايمن الظواهري, الظواهري, أيمن محمد الظواهري | EGY | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda 2011-06-16..2022-07-31
Saif al-Adel | سيف العدل, سيف العدل المصري | EGY | IMGMUSALQ | IMGMUSALQ Senior leader of al-Qaeda 2022-07-31..
Hamza bin Laden | حمزة بن لادن, حمزه بن لادن, حمزة أسامة بن لادن | SAU | IMGMUSALQ | IMGMUSALQ Al-Qaeda figure 2015-01-01..2019-09-14
Abdelmalek Droukdel | عبد المالك دروكدال, عبدالمالك درودكال, أبو مصعب عبد الودود, دروكدال | DZA | IMGMUSALQ | IMGMUSALQ Leader of al-Qaeda in the Islamic Maghreb 2004-01-01..2020-06-03
Abubakar Shekau | أبو بكر شيكاو, ابوبكر شيكاو, شيكاو | NGA | NGAREB | NGAREB Leader of Boko Haram 2009-07-01..2021-05-19
# Other states often in Arabic news
Ilham Aliyev | إلهام علييف, الهام علييف, علييف | AZE | GOV | GOV President of Azerbaijan 2003-10-31..
Nikol Pashinyan | نيكول باشينيان, باشينيان | ARM | GOV | OPP Opposition leader and member of parliament 2012..2018-05-07 ; GOV Prime Minister of Armenia 2018-05-08..
Abiy Ahmed | آبي أحمد, ابي احمد, آبي أحمد علي | ETH | GOV | GOV Prime Minister of Ethiopia 2018-04-02..
Isaias Afwerki | أسياس أفورقي, اسياس افورقي, أفورقي | ERI | GOV | GOV President of Eritrea 1993-05-24..
Salva Kiir | سلفا كير, سلفاكير, سلفا كير ميارديت | SSD | GOV | GOV President of South Sudan 2011-07-09..
Riek Machar | رياك مشار, ريك مشار, ~مشار | SSD | GOV | SSDREB Leader of the SPLM-IO 2013-12-15..2020-02-22 ; GOV First Vice President of South Sudan 2020-02-22..
Nicos Anastasiades | نيكوس أناستاسيادس, نيكوس اناستاسيادس, أناستاسيادس | CYP | GOV | GOV President of Cyprus 2013-02-28..2023-02-28
Nikos Christodoulides | نيكوس خريستودوليدس, خريستودوليدس | CYP | GOV | GOV Minister of Foreign Affairs 2018-03-01..2022-01-11 ; GOV President of Cyprus 2023-02-28..
Kyriakos Mitsotakis | كيرياكوس ميتسوتاكيس, ميتسوتاكيس | GRC | GOV | GOV Prime Minister of Greece 2019-07-08..
Alexis Tsipras | أليكسيس تسيبراس, اليكسيس تسيبراس, تسيبراس | GRC | GOV | GOV Prime Minister of Greece 2015-01-26..2019-07-08
Pedro Sanchez / Pedro Sánchez | بيدرو سانشيز, بيدرو سانشيث, سانشيز | ESP | GOV | OPP Secretary-General of the PSOE in opposition 2017-06-18..2018-06-01 ; GOV Prime Minister of Spain 2018-06-02..
Mariano Rajoy | ماريانو راخوي, راخوي | ESP | GOV | GOV Prime Minister of Spain 2011-12-21..2018-06-01
Jose Manuel Albares / José Manuel Albares | خوسيه مانويل ألباريس, خوسيه ألباريس, ألباريس | ESP | GOV | GOV Minister of Foreign Affairs of Spain 2021-07-12..
Viktor Orban / Viktor Orbán | فيكتور أوربان, فيكتور اوربان, أوربان | HUN | GOV | GOV Prime Minister of Hungary 2010-05-29..
Andrzej Duda | أندريه دودا, اندجي دودا, أندجي دودا, دودا | POL | GOV | GOV President of Poland 2015-08-06..2025-08-06
Hugo Chavez / Hugo Chávez | هوغو تشافيز, هوجو شافيز, تشافيز, شافيز | VEN | GOV | GOV President of Venezuela 1999-02-02..2013-03-05
Nicolas Maduro / Nicolás Maduro | نيكولاس مادورو, مادورو | VEN | GOV | GOV Minister of Foreign Affairs of Venezuela 2006-08-09..2013-01-15 ; GOV President of Venezuela 2013-03-05..
Daniel Ortega | دانيال أورتيغا, دانييل أورتيغا, دانيال أورتيجا, أورتيغا, أورتيجا, اورتيغا | NIC | GOV | GOV President of Nicaragua 2007-01-10..
Raul Castro / Raúl Castro | راؤول كاسترو, راوول كاسترو | CUB | GOV | GOV President of Cuba 2008-02-24..2018-04-19
Fidel Castro | فيدل كاسترو, فيدل كاستروا, كاسترو | CUB | GOV | GOV Leader of Cuba 1959-02-16..2008-02-24
Nursultan Nazarbayev | نور سلطان نزارباييف, نزارباييف | KAZ | GOV | GOV President of Kazakhstan 1990-04-24..2019-03-20
Kassym-Jomart Tokayev | قاسم جومارت توكاييف, توكاييف | KAZ | GOV | GOV President of Kazakhstan 2019-03-20..
Anwar Ibrahim | أنور إبراهيم, انور ابراهيم, أنور بن إبراهيم | MYS | GOV | GOV Prime Minister of Malaysia 2022-11-24..
Mahathir Mohamad | مهاتير محمد, مهاتير | MYS | GOV | GOV Prime Minister of Malaysia 1981-07-16..2003-10-31 ; OPP Chairman of the Pakatan Harapan opposition 2017-07-14..2018-05-09 ; GOV Prime Minister of Malaysia 2018-05-10..2020-03-01
Sheikh Hasina | الشيخة حسينة, شيخة حسينة, حسينة واجد | BGD | GOV | GOV Prime Minister of Bangladesh 2009-01-06..2024-08-05
Greta Thunberg | غريتا تونبرغ, غريتا ثونبرغ, جريتا ثونبرج, تونبرغ | SWE | CVL | CVL Climate activist 2018-08-20..
Elon Musk | إيلون ماسك, ايلون ماسك, ~ماسك, إيلون موسك, ايلون موسك | USA | BUS | BUS Chief Executive of Tesla and SpaceX 2008-10-01.. ; USAGOV Head of the Department of Government Efficiency 2025-01-20..2025-05-30
Julian Assange | جوليان أسانج, جوليان اسانج, أسانج | AUS | MED | MED Founder of WikiLeaks 2006-10-04..
Edward Snowden | إدوارد سنودن, ادوارد سنودن, سنودن | USA | CVL | CVL Former NSA contractor and whistleblower 2013-06-01..
# Added: historical leaders often referred to in today's news
Gamal Abdel Nasser | جمال عبد الناصر, جمال عبدالناصر | EGY | GOV | GOV President of Egypt 1956-06-23..1970-09-28
Anwar Sadat | أنور السادات, انور السادات, محمد أنور السادات, السادات | EGY | GOV | GOV President of Egypt 1970-10-15..1981-10-06
Saddam Hussein | صدام حسين, صدام حسين المجيد, ~صدام | IRQ | GOV | GOV President of Iraq 1979-07-16..2003-04-09
Hafez al-Assad | حافظ الأسد, حافظ الاسد | SYR | GOV | GOV President of Syria 1971-03-14..2000-06-10
Hussein of Jordan / King Hussein | الحسين بن طلال | JOR | GOV | GOV King of Jordan 1952-08-11..1999-02-07
Fahd bin Abdulaziz / King Fahd | فهد بن عبد العزيز, فهد بن عبدالعزيز, فهد بن عبد العزيز آل سعود | SAU | GOV | GOV King of Saudi Arabia 1982-06-13..2005-08-01
Zayed bin Sultan Al Nahyan | زايد بن سلطان, زايد بن سلطان آل نهيان | ARE | GOV | GOV President of the UAE 1971-12-02..2004-11-02
Hassan II of Morocco / King Hassan II | الحسن الثاني | MAR | GOV | GOV King of Morocco 1961-02-26..1999-07-23
Habib Bourguiba | الحبيب بورقيبة, حبيب بورقيبة, بورقيبة | TUN | GOV | GOV President of Tunisia 1957-07-25..1987-11-07
Ruhollah Khomeini | روح الله الخميني, روح الله خميني, الخميني | IRN | GOV | GOV Supreme Leader of Iran 1979-12-03..1989-06-03
Mustafa Kemal Ataturk / Mustafa Kemal Atatürk | مصطفى كمال أتاتورك, مصطفى كمال اتاتورك, أتاتورك, اتاتورك | TUR | GOV | GOV President of Turkey 1923-10-29..1938-11-10
Yasser Arafat | ياسر عرفات, أبو عمار, ابو عمار, ~عرفات | PSE | GOV | GOV Chairman of the PLO 1969-02-04..2004-11-11 ; GOV President of the Palestinian Authority 1994-07-05..2004-11-11
Ahmed Yassin / Sheikh Ahmed Yassin | أحمد ياسين, احمد ياسين, أحمد إسماعيل ياسين | PSE | PSEREB | PSEREB Founder of Hamas 1987-12-10..2004-03-22
Abdel Aziz al-Rantisi | عبد العزيز الرنتيسي, عبدالعزيز الرنتيسي, الرنتيسي | PSE | PSEREB | PSEREB Leader of Hamas in Gaza 2004-03-22..2004-04-17
Ahmed Jabari | أحمد الجعبري, احمد الجعبري, ~الجعبري | PSE | PSEREB | PSEREB Commander of the Qassam Brigades 2002-01-01..2012-11-14
Yitzhak Rabin | إسحاق رابين, اسحق رابين, رابين | ISR | GOV | GOV Prime Minister 1992-07-13..1995-11-04
Menachem Begin | مناحيم بيغن, مناحم بيغن, بيغن | ISR | GOV | GOV Prime Minister 1977-06-20..1983-10-10
# Added: Africa, Europe, Asia and the Americas
Idriss Deby / Idriss Déby | إدريس ديبي, ادريس ديبي, إدريس ديبي إتنو | TCD | GOV | GOV President of Chad 1990-12-02..2021-04-20
Mahamat Deby / Mahamat Idriss Déby | محمد إدريس ديبي, محمد ديبي, محمد ادريس ديبي | TCD | GOV | GOV President of Chad 2021-04-20..
William Ruto | وليام روتو, ويليام روتو, روتو | KEN | GOV | GOV President of Kenya 2022-09-13..
Bola Tinubu | بولا تينوبو, تينوبو | NGA | GOV | GOV President of Nigeria 2023-05-29..
Assimi Goita / Assimi Goïta | عاصمي غويتا, أسيمي غويتا, غويتا | MLI | GOV | GOV President of the Transition of Mali 2021-05-24..
Abdourahamane Tchiani | عبد الرحمن تياني, عبد الرحمن تشياني, تياني | NER | GOV | GOV Head of the military government of Niger 2023-07-26..
Ibrahim Traore / Ibrahim Traoré | إبراهيم تراوري, ابراهيم تراوري, ~تراوري | BFA | GOV | GOV President of the Transition of Burkina Faso 2022-09-30..
Aleksandar Vucic / Aleksandar Vučić | ألكسندر فوتشيتش, الكسندر فوتشيتش, فوتشيتش | SRB | GOV | GOV President of Serbia 2017-05-31..
Mette Frederiksen | ميتي فريدريكسن, ميته فريدريكسن, فريدريكسن | DNK | GOV | GOV Prime Minister of Denmark 2019-06-27..
Tsai Ing-wen | تساي إنغ وين, تساي إنغ-وين, تساي | TWN | GOV | GOV President of Taiwan 2016-05-20..2024-05-20
Lai Ching-te | لاي تشينغ تي, لاي تشينغ-تي | TWN | GOV | GOV President of Taiwan 2024-05-20..
Rodrigo Duterte | رودريغو دوتيرتي, رودريجو دوتيرتي, دوتيرتي | PHL | GOV | GOV President of the Philippines 2016-06-30..2022-06-30
Ferdinand Marcos Jr. / Bongbong Marcos | فرديناند ماركوس الابن, فرديناند ماركوس جونيور, بونغبونغ ماركوس | PHL | GOV | GOV President of the Philippines 2022-06-30..
Aung San Suu Kyi | أونغ سان سو تشي, اونغ سان سو كي, سو تشي | MMR | GOV | GOV State Counsellor of Myanmar 2016-04-06..2021-02-01
Min Aung Hlaing | مين أونغ هلاينغ, مين اونغ هلاينغ | MMR | MIL | MIL Commander-in-Chief of the Myanmar armed forces 2011-03-30..
Gustavo Petro | غوستافو بيترو, جوستافو بيترو, بيترو | COL | GOV | OPP Opposition senator and presidential candidate 2018-01-01..2022-08-06 ; GOV President of Colombia 2022-08-07..
Gabriel Boric | غابرييل بوريك, جابرييل بوريك, بوريك | CHL | GOV | GOV President of Chile 2022-03-11..
Miguel Diaz-Canel / Miguel Díaz-Canel | ميغيل دياز كانيل, ميجيل دياز كانيل, دياز كانيل | CUB | GOV | GOV President of Cuba 2018-04-19..
# Added: Jerusalem clerics and Palestinian journalists
Muhammad Ahmad Hussein | محمد أحمد حسين | PSE | PSEREL | PSEREL Grand Mufti of Jerusalem 2006-07-01..
Ekrima Sabri | عكرمة صبري, عكرمه صبري | PSE | PSEREL | PSEREL Preacher of al-Aqsa Mosque 1994-01-01..
Shireen Abu Akleh | شيرين أبو عاقلة, شيرين ابو عاقلة, أبو عاقلة | PSE | PSEMED | PSEMED Al Jazeera correspondent 1997-01-01..2022-05-11
Wael Dahdouh | وائل الدحدوح, الدحدوح | PSE | PSEMED | PSEMED Al Jazeera Gaza bureau chief 2004-01-01..
Ahed Tamimi | عهد التميمي, عهد تميمي | PSE | PSEOPP | PSEOPP Activist 2012-01-01..
Abdulqawi Ahmed Yusuf | عبد القوي أحمد يوسف, عبدالقوي أحمد يوسف, عبد القوي يوسف | SOM | IGOUNOJUDICJ | IGOUNOJUDICJ Judge of the International Court of Justice 2009-02-06..2018-02-06 ; IGOUNOJUDICJ President of the International Court of Justice 2018-02-06..2021-02-08 ; IGOUNOJUDICJ Judge of the International Court of Justice 2021-02-08..2025-02-01
Joan Donoghue | جوان دونوهيو, جوان دونوغو, دونوهيو | USA | IGOUNOJUDICJ | IGOUNOJUDICJ President of the International Court of Justice 2021-02-08..2024-02-05
Peter Stano | بيتر ستانو, ستانو | SVK | IGOEUREEC | IGOEUREEC EU Foreign Affairs Spokesperson 2019-12-01..2024-11-30
# Figures named in news of particular years
Tariq Ramadan | طارق رمضان | CHE | CHEEDU | CHEEDU Swiss Islamic scholar, professor at the University of Oxford 2009-01-01..
Ronan Farrow | رونان فارو, فارو | USA | USAMED | USAMED American journalist (The New Yorker) 2017-01-01..
Harvey Weinstein | هارفي وينستين, هارفي واينستين, هارفي وينستون, وينستين, واينستين | USA | USABUS | USABUS American film producer 1979-01-01..
Deborah Ramirez | ديبورا راميرز, ديبورا راميريز, ديبورا راميريث | USA | USACVL | USACVL American citizen who accused Brett Kavanaugh in 2018 2018-01-01..
# Added from unlinked names in ANT news (2018)
Robert Mugabe | روبرت موغابي, روبرت موجابي, موغابي, موجابي | ZWE | GOV | GOV Prime Minister of Zimbabwe 1980-04-18..1987-12-31 ; GOV President of Zimbabwe 1987-12-31..2017-11-21
Hailemariam Desalegn | هايلي مريام ديسالين, هايلي ماريام ديسالين, هايلي مريم ديسالين, هايله مريام ديسالين, ديسالين | ETH | GOV | GOV Prime Minister of Ethiopia 2012-08-20..2018-04-02
Carles Puigdemont | كارليس بوتشيمون, كارلس بوتشيمون, كارليس بوتشديمون, كارليس بيغديمونت, كارلس بيغديمونت, بوتشيمون, بوتشديمون | ESP | OPP | GOV President of the Government of Catalonia 2016-01-10..2017-10-28
Stefan Lofven / Stefan Löfven | ستيفان لوفين, ستيفان لوفن, ستيفن لوفين, لوفين | SWE | GOV | GOV Prime Minister of Sweden 2014-10-03..2021-11-30
Jimmie Akesson / Jimmie Åkesson | جيمي أكيسون, جيمي أوكيسون, جيمي اكيسون, أكيسون | SWE | OPP | OPP Leader of the Sweden Democrats 2005-05-07..
Boyko Borisov | بويكو بوريسوف, بويكو بوريسيوف, ~بوريسوف | BGR | GOV | GOV Prime Minister of Bulgaria 2009-07-27..2013-03-13 ; GOV Prime Minister of Bulgaria 2014-11-07..2017-01-27 ; GOV Prime Minister of Bulgaria 2017-05-04..2021-05-12
Salah Abdeslam | صلاح عبد السلام, صلاح عبدالسلام | BEL | IMGMUSISI |
Kim Yong-nam | كيم يونغ نام, كيم يونج نام | PRK | GOV | GOV President of the Presidium of the Supreme People's Assembly 1998-09-05..2019-04-11
Kim Dae-jung | كيم داي جونغ, كيم داي جونج, كيم دا جونغ | KOR | GOV | GOV President of South Korea 1998-02-25..2003-02-24
Ri Sol-ju | ري سول جو, ري سول-جو | PRK | ELI |
Fernando Haddad | فرناندو حداد, فيرناندو حداد | BRA | OPP | GOV Mayor of Sao Paulo 2013-01-01..2016-12-31 ; GOV Minister of Finance 2023-01-01..
Nadia Murad | نادية مراد, نادية مراد باسي طه | IRQ | CVL |
Andrew Gilmour | أندرو غيلمور, أندرو جيلمور, اندرو غيلمور, غيلمور | GBR | IGOUNO | IGOUNO Assistant Secretary-General for Human Rights 2016-10..2019-12
Marzuki Darusman | مرزوقي داروسمان, مرزوقي دار السمان, داروسمان | IDN | IGOUNO | GOV Attorney General of Indonesia 1999-10..2001-06 ; IGOUNO Chair of the UN Fact-Finding Mission on Myanmar 2017-03..2019-09
Valery Giscard d'Estaing / Valéry Giscard d'Estaing | فاليري جيسكار ديستان, فاليري جيسكار ديستان, جيسكار ديستان | FRA | GOV | GOV President of France 1974-05-27..1981-05-21
# Added from unlinked names in ANT news (2018, articles 3,000-12,000), second pass
Grace Mugabe | غريس موغابي, غرايس موغابي | ZWE | CVL | GOV First Lady of Zimbabwe 1996-08-17..2017-11-21
Jurgen Stock / Jürgen Stock | يورغن ستوك | DEU | IGOCOPITP | IGOCOPITP Secretary General of Interpol 2014-11-07..2024-11-07
Viktoria Marinova | فيكتوريا مارينوفا, مارينوفا | BGR | MED |
Ming-Chi Kuo | مينغ تشي كو | TWN | BUS |
Emmerson Mnangagwa | إيمرسون منانغاغوا, إمرسون منانغاغوا, منانغاغوا | ZWE | GOV | GOV Vice-President of Zimbabwe 2014-12-12..2017-11-06 ; GOV President of Zimbabwe 2017-11-24..
Ibrahim Boubacar Keita | إبراهيم أبو بكر كيتا, أبو بكر كيتا | MLI | GOV | GOV President of Mali 2013-09-04..2020-08-18
Paul Kagame | بول كاغامي, بول كاجامي, كاغامي | RWA | GOV | GOV President of Rwanda 2000-04-22..
Ivan Duque / Iván Duque | إيفان دوكي, دوكي | COL | GOV | OPP Opposition senator (Democratic Centre) 2014-07-20..2018-08-06 ; GOV President of Colombia 2018-08-07..2022-08-07
Alexandre Benalla | ألكسندر بينالا, بينالا | FRA | GOV | GOV Security aide to President Macron 2017-05-14..2018-08-01
Serzh Sargsyan | سيرج سركيسيان, سيرج سارجسيان | ARM | GOV | GOV President of Armenia 2008-04-09..2018-04-09 ; GOV Prime Minister of Armenia 2018-04-17..2018-04-23
Armen Sarkissian | أرمين سركيسيان, أرمين سارجسيان | ARM | GOV | GOV President of Armenia 2018-04-09..2022-02-01
Francoise Nyssen / Françoise Nyssen | فرانسواز نيسين | FRA | GOV | GOV French Minister of Culture 2017-05-17..2018-10-16
Abdelghani Hamel | عبد الغني هامل, عبدالغني هامل | DZA | COP | COP Director General of National Security 2010-07-05..2018-06-26
Sebastian Kurz | سيباستيان كورتز, سباستيان كورتز, كورتز | AUT | GOV | GOV Minister of Foreign Affairs 2013-12-16..2017-12-18 ; GOV Chancellor of Austria 2017-12-18..2019-05-28 ; GOV Chancellor of Austria 2020-01-07..2021-10-11
Kolinda Grabar-Kitarovic / Kolinda Grabar-Kitarović | كوليندا غرابار كيتاروفيتش, كوليندا غرابار-كيتاروفيتش, غرابار كيتاروفيتش, كيتاروفيتش | HRV | GOV | GOV President of Croatia 2015-02-19..2020-02-19
Vladimir Zhirinovsky | فلاديمير جيرينوفسكي, فلاديمير جيرنوفسكي, جيرينوفسكي | RUS | LEG | LEG Leader of the Liberal Democratic Party of Russia 1991..2022-04-06
Maria Butina | ماريا بوتينا, مارييا بوتينا, بوتينا | RUS | CVL |
Anjem Choudary | أنجم تشودري, أنجم شودري, أنجم تشاودري | GBR | CVL |
Ismail al-Ithawi / Abu Zaid al-Iraqi | إسماعيل العيثاوي, إسماعيل علوان العيثاوي, العيثاوي | IRQ | IMGMUSISI |
Peter Salama | بيتر سلامة | AUS | IGOUNOHLHWHO |
Omar Shakir | عمر شاكر | USA | NGOHRI |
Jan Egeland | يان إيغلاند, يان إيجلاند, إيغلاند | NOR | NGO |
Damian Collins | داميان كولينز | GBR | LEG | LEG Member of Parliament 2010-05-06..2024-05-30
Henry Bolton | هنري بولتون | GBR | OPP | OPP Leader of the UK Independence Party 2017-09-29..2018-02-17
Taro Aso | تارو آسو, تارو أسو | JPN | GOV | GOV Prime Minister of Japan 2008-09-24..2009-09-16 ; GOV Deputy Prime Minister and Minister of Finance 2012-12-26..2021-10-04
Sergei Rudskoy | سيرغي رودسكوي, سيرجي رودسكوي, رودسكوي | RUS | MIL |
Alexander Torshin | ألكسندر تورشين, تورشين | RUS | GOV |
Vladimir Shamanov | فلاديمير شامانوف, شامانوف | RUS | LEG |
"""
