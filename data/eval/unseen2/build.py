"""Writes data/eval/unseen2 (w001-w025): held-out articles and gold, checking evidence."""
import json
import os
A = []  # (id, url, outlet, title, published_at, text)
G = []  # gold rows


def art(i, url, outlet, title, pub, text):
    A.append(dict(id=i, url=url, outlet=outlet, title=title, published_at=pub, language="en",
                  text=text.strip()))


def row(i, date, country, admin1, loc, att, weapon, model, k, inj, l, ic, tt, ev, prec="day"):
    geo = "settlement" if loc else ("admin1" if admin1 else "country")
    G.append(dict(article_id=i, event_date=date, date_precision=prec, country=country,
                  admin1=admin1, location=loc, geo_precision=geo, attacker=att, weapon=weapon,
                  weapon_model=model, killed=k, injured=inj, launched=l, intercepted=ic,
                  target_type=tt, evidence=" | ".join(ev)))


# ---------------------------------------------------------------- w001
art("w001", "https://suspilne-ternopil.example/news/2025/11/19/toll-rises-25", "Suspilne Ternopil",
    "Ternopil: death toll from missile strike on apartment blocks rises to 25",
    "2025-11-19T21:10:00+02:00", """
The number of people killed in Wednesday morning's Russian strike on two apartment blocks in Ternopil has risen to 25, among them three children, the regional military administration said in the evening.

Earlier in the day officials had spoken of 19 dead. At least 73 people were injured, 15 of them children, and rescuers were still searching the rubble of a nine-storey building where two entrances collapsed.

Two Kh-101 cruise missiles hit residential areas of the city, Ternopil regional head Viacheslav Nehoda said. The second missile struck a ten-storey block a few streets away, setting fire to flats from the fourth to the eighth floor.

"Rescuers have pulled 31 people out alive," Nehoda said. "Work will go on through the night."

According to the Air Force, Russia launched 476 drones and 48 missiles of various types against Ukraine overnight. Air defences shot down 442 drones and 41 missiles.

The attack also targeted energy facilities in the Lviv and Ivano-Frankivsk regions. In Lviv Oblast an industrial facility was damaged, governor Maksym Kozytskyi said, adding that no one was hurt. In the Ivano-Frankivsk region power was cut to some consumers after energy infrastructure was hit.

Ternopil, a city of about 220,000 people some 130 kilometres from the Polish border, declared three days of mourning.
""")
row("w001", "2025-11-19", "UKR", "Ternopil Oblast", "Ternopil", "RUS", "missile", "Kh-101", 25, 73, 2, None,
    "residential", ["The number of people killed in Wednesday morning's Russian strike on two apartment blocks in Ternopil has risen to 25, among them three children, the regional military administration said in the evening.",
                    "At least 73 people were injured, 15 of them children,",
                    "Two Kh-101 cruise missiles hit residential areas of the city, Ternopil regional head Viacheslav Nehoda said."])
row("w001", "2025-11-19", "UKR", None, None, "RUS", "mixed", None, None, None, 524, 483, "unknown",
    ["According to the Air Force, Russia launched 476 drones and 48 missiles of various types against Ukraine overnight. Air defences shot down 442 drones and 41 missiles."])
row("w001", "2025-11-19", "UKR", "Lviv Oblast", None, "RUS", "mixed", None, 0, 0, None, None, "industrial",
    ["The attack also targeted energy facilities in the Lviv and Ivano-Frankivsk regions. In Lviv Oblast an industrial facility was damaged, governor Maksym Kozytskyi said, adding that no one was hurt."])
row("w001", "2025-11-19", "UKR", "Ivano-Frankivsk Oblast", None, "RUS", "mixed", None, None, None, None, None, "energy",
    ["The attack also targeted energy facilities in the Lviv and Ivano-Frankivsk regions.",
     "In the Ivano-Frankivsk region power was cut to some consumers after energy infrastructure was hit."])

# ---------------------------------------------------------------- w002
art("w002", "https://www.pravda.example/eng/news/2025/03/02/7501234/", "Ukrainska Pravda",
    "Russia attacks Ukraine with 112 drones and two Iskander-M missiles: 79 drones downed",
    "2025-03-02T09:40:00+02:00", """
Russia attacked Ukraine overnight on 2 March with 112 Shahed attack drones and decoy drones of various types, as well as two Iskander-M ballistic missiles launched from Russia's Kursk Oblast.

Source: Ukraine's Air Force

Details: As of 09:00, air defence had shot down 79 drones over the north, east and centre of Ukraine. Another 31 decoy drones were locationally lost, with no negative consequences. The missiles were not intercepted.

Quote: "Poltava, Sumy and Kharkiv oblasts were affected by the attack."

In Odesa, a drone hit a warehouse in the Peresyp district and started a fire that covered 300 square metres, Odesa Oblast Military Administration head Oleh Kiper reported. No one was injured.

Background: It was the third night in a row on which Russia sent more than 100 drones against Ukraine.
""")
row("w002", "2025-03-02", "UKR", None, None, "RUS", "mixed", "Shahed, Iskander-M", None, None, 114, 79, "unknown",
    ["Russia attacked Ukraine overnight on 2 March with 112 Shahed attack drones and decoy drones of various types, as well as two Iskander-M ballistic missiles launched from Russia's Kursk Oblast.",
     "As of 09:00, air defence had shot down 79 drones over the north, east and centre of Ukraine."])
for ob in ["Poltava Oblast", "Sumy Oblast", "Kharkiv Oblast"]:
    row("w002", "2025-03-02", "UKR", ob, None, "RUS", "mixed", None, None, None, None, None, "unknown",
        ["\"Poltava, Sumy and Kharkiv oblasts were affected by the attack.\""])
row("w002", "2025-03-02", "UKR", "Odesa Oblast", "Odesa", "RUS", "drone", None, 0, 0, None, None, "commercial",
    ["In Odesa, a drone hit a warehouse in the Peresyp district and started a fire that covered 300 square metres, Odesa Oblast Military Administration head Oleh Kiper reported. No one was injured."])

# ---------------------------------------------------------------- w003
art("w003", "https://tass.example/emergencies/1874512", "TASS",
    "Air defences down 38 Ukrainian drones over four regions; two hurt in Kurchatov",
    "2024-10-23T08:55:00+03:00", """
MOSCOW, October 23. /TASS/. Russian air defence forces intercepted and destroyed 38 Ukrainian aircraft-type drones overnight over the Kursk, Bryansk, Voronezh and Belgorod regions, the Russian Defence Ministry said.

"Seventeen UAVs were destroyed over the territory of the Kursk Region, eleven over the Voronezh Region, six over the Bryansk Region and four over the Belgorod Region," the ministry said on its Telegram channel.

Voronezh Region Governor Alexander Gusev said debris from a downed drone fell on the yard of a private house in the Ostrogozhsky district, smashing windows and damaging a fence. "There were no casualties," he wrote.

In the Kursk Region, a drone struck a parked car in the town of Kurchatov, wounding two men aged 41 and 56, the regional administration said. Both were taken to hospital in Kursk in a stable condition.

Kurchatov, a town of some 37,000 people, is home to the Kursk nuclear power plant, which lies about 60 kilometres from the border.
""")
row("w003", "2024-10-23", "RUS", None, None, "UKR", "drone", None, None, None, None, 38, "unknown",
    ["Russian air defence forces intercepted and destroyed 38 Ukrainian aircraft-type drones overnight over the Kursk, Bryansk, Voronezh and Belgorod regions, the Russian Defence Ministry said."])
row("w003", "2024-10-23", "RUS", "Voronezh Oblast", None, "UKR", "drone", None, 0, 0, None, None, "residential",
    ["Voronezh Region Governor Alexander Gusev said debris from a downed drone fell on the yard of a private house in the Ostrogozhsky district, smashing windows and damaging a fence. \"There were no casualties,\" he wrote."])
row("w003", "2024-10-23", "RUS", "Kursk Oblast", "Kurchatov", "UKR", "drone", None, None, 2, None, None, "unknown",
    ["In the Kursk Region, a drone struck a parked car in the town of Kurchatov, wounding two men aged 41 and 56, the regional administration said."])

# ---------------------------------------------------------------- w004
art("w004", "https://kyivindependent.example/ballistic-attack-kyiv-53-injured/", "The Kyiv Independent",
    "All 10 ballistic missiles fired at Kyiv downed, but debris injures 53",
    "2023-12-13T10:20:00+02:00", """
Russia fired 10 ballistic missiles at Kyiv in the early hours of Dec. 13, and Ukrainian air defense shot down all of them, the Air Force said. Falling debris injured 53 people in the capital, including six children, Mayor Vitali Klitschko reported.

The missiles, believed to be Iskander-M and S-400 missiles, were launched from Russia's Bryansk Oblast and the occupied Crimea at around 3 a.m. local time, Air Force spokesperson Yurii Ihnat said. The attack lasted less than 10 minutes.

Debris fell on a residential area of the Dniprovskyi district, damaging a high-rise, private houses and a water main, leaving around 3,000 residents without water supply. A children's hospital in the district had windows blown out, but no patients were hurt, officials said.

Of the 53 injured, 20 were hospitalized, according to the Kyiv City Military Administration.

It was the second ballistic attack on the capital in three days. On Dec. 11, debris from downed ballistic missiles injured four people in the Darnytskyi district.

"Russia is trying to break our air defense before winter," Ihnat said, adding that Ukraine had used up much of the stock of interceptors for its Patriot systems in recent months.
""")
row("w004", "2023-12-13", "UKR", "Kyiv City", "Kyiv", "RUS", "missile", "Iskander-M, S-400", None, 53, 10, 10, "residential",
    ["Russia fired 10 ballistic missiles at Kyiv in the early hours of Dec. 13, and Ukrainian air defense shot down all of them, the Air Force said. Falling debris injured 53 people in the capital, including six children, Mayor Vitali Klitschko reported.",
     "The missiles, believed to be Iskander-M and S-400 missiles,",
     "Debris fell on a residential area of the Dniprovskyi district, damaging a high-rise, private houses and a water main, leaving around 3,000 residents without water supply."])
row("w004", "2023-12-11", "UKR", "Kyiv City", "Kyiv", "RUS", "missile", None, None, 4, None, None, "unknown",
    ["It was the second ballistic attack on the capital in three days. On Dec. 11, debris from downed ballistic missiles injured four people in the Darnytskyi district."])

# ---------------------------------------------------------------- w005 (no strike)
art("w005", "https://www.interfax.example/en/news/economic/1032145.html", "Interfax-Ukraine",
    "National Bank raises key policy rate to 14.5% as inflation accelerates",
    "2025-01-23T14:05:00+02:00", """
The National Bank of Ukraine (NBU) raised its key policy rate by one percentage point to 14.5% on Thursday, citing faster-than-expected inflation, and signalled that it may raise it again to 15.5% in March.

Consumer inflation accelerated to 12% year-on-year in December, up from 11.2% in November, driven by food prices after a weak harvest of vegetables and by higher labour costs, NBU Governor Andriy Pyshnyi told a press conference.

The central bank expects inflation to peak at about 14% in the first quarter before slowing to 8.1% by the end of 2025. The forecast assumes that international partners continue to provide at least $38.4 billion in financing this year.

Pyshnyi said the energy system had coped with the winter better than feared, despite the damage done by Russian attacks last year, and that electricity imports from the European Union had fallen to about 1,000 megawatt-hours per hour at peak.

"The main risk remains the war itself," he said. The next rate decision is due on March 6.

Of the 24 analysts polled by Interfax-Ukraine before the meeting, 19 had expected an increase.
""")

# ---------------------------------------------------------------- w006
art("w006", "https://kharkiv.example.news/2024/06/19/guided-bombs-pisochyn-derhachi", "Kharkiv Today",
    "Guided bombs hit Pisochyn and Derhachi, drone strikes Lozova rail station: six injured",
    "2024-06-19T09:15:00+03:00", """
Russian forces dropped guided aerial bombs on two suburbs of Kharkiv on Tuesday and struck the town of Lozova with a drone, Kharkiv Oblast Governor Oleh Syniehubov said on Wednesday morning.

Pisochyn: at about 14:40, three KAB-500 bombs hit the outskirts of the settlement, damaging eleven private houses and a gas pipeline. A 67-year-old woman and her 39-year-old son were injured.

Derhachi: a guided aerial bomb struck a two-storey administrative building in the town centre in the evening. Three municipal workers were injured; one of them is in serious condition.

Lozova: a Shahed-type drone hit the railway station at around 23:00, damaging the station building and a passenger carriage. A railway employee was slightly injured.

Over the past day, the region's police registered 46 reports of damage to civilian property. Syniehubov again urged residents of frontline communities to evacuate; about 1,200 people, including 180 children, have left the Kupiansk district since the start of June.
""")
row("w006", "2024-06-18", "UKR", "Kharkiv Oblast", "Pisochyn", "RUS", "glide_bomb", "KAB-500", None, 2, 3, None, "residential",
    ["Pisochyn: at about 14:40, three KAB-500 bombs hit the outskirts of the settlement, damaging eleven private houses and a gas pipeline. A 67-year-old woman and her 39-year-old son were injured."])
row("w006", "2024-06-18", "UKR", "Kharkiv Oblast", "Derhachi", "RUS", "glide_bomb", None, None, 3, None, None, "civilian_infrastructure",
    ["Derhachi: a guided aerial bomb struck a two-storey administrative building in the town centre in the evening. Three municipal workers were injured; one of them is in serious condition."])
row("w006", "2024-06-18", "UKR", "Kharkiv Oblast", "Lozova", "RUS", "drone", "Shahed", None, 1, None, None, "transport",
    ["Lozova: a Shahed-type drone hit the railway station at around 23:00, damaging the station building and a passenger carriage. A railway employee was slightly injured."])

# ---------------------------------------------------------------- w007
art("w007", "https://www.yahoo.example/news/russian-drones-hit-danube-port-reni-0612.html", "Reuters (via Yahoo News)",
    "Russian drones hit Danube port of Reni, injure two workers",
    "2023-10-06T11:30:00+03:00", """
KYIV, Oct 6 (Reuters) - Russian drones attacked Ukraine's Danube river port of Reni overnight, damaging grain silos and an administrative building of the port and injuring two workers, Odesa regional governor Oleh Kiper said on Friday.

Ukraine's air force said 19 of the 24 Iranian-made Shahed drones launched by Russia overnight had been destroyed, most of them over the Odesa region in the south.

"The enemy is again trying to block our agricultural exports," Kiper wrote on Telegram. He said about 2,500 tonnes of wheat had been stored at the damaged facility.

Romania's defence ministry said it had scrambled two F-16 jets during the attack and that no drone had entered its airspace. Reni lies across the river from the Romanian village of Plauru.

It was the second attack on the Danube ports this week. On Monday, drones damaged a port facility in Izmail, some 60 km (37 miles) downstream, injuring a truck driver, Ukrainian officials said.

Since Moscow quit the Black Sea grain deal in July, Ukraine has shipped much of its grain through the Danube ports, which handled more than 2 million tonnes in August alone.
""")
row("w007", "2023-10-06", "UKR", "Odesa Oblast", "Reni", "RUS", "drone", None, None, 2, None, None, "transport",
    ["KYIV, Oct 6 (Reuters) - Russian drones attacked Ukraine's Danube river port of Reni overnight, damaging grain silos and an administrative building of the port and injuring two workers, Odesa regional governor Oleh Kiper said on Friday."])
row("w007", "2023-10-06", "UKR", None, None, "RUS", "drone", "Shahed", None, None, 24, 19, "unknown",
    ["Ukraine's air force said 19 of the 24 Iranian-made Shahed drones launched by Russia overnight had been destroyed, most of them over the Odesa region in the south."])
row("w007", "2023-10-02", "UKR", "Odesa Oblast", "Izmail", "RUS", "drone", None, None, 1, None, None, "transport",
    ["On Monday, drones damaged a port facility in Izmail, some 60 km (37 miles) downstream, injuring a truck driver, Ukrainian officials said."])

# ---------------------------------------------------------------- w008
art("w008", "https://meduza.example/en/news/2025/09/14/kirishi-refinery-fire", "Meduza",
    "Fire at Kirishi refinery after Ukrainian drone attack on Leningrad region",
    "2025-09-14T12:45:00+03:00", """
A fire broke out at the Kinef oil refinery in Kirishi, in the Leningrad region, early on Sunday after a Ukrainian drone attack, regional governor Alexander Drozdenko said.

According to Drozdenko, air defences shot down three drones near the town, and falling debris caused the fire on the refinery's territory. "There are no casualties. The fire has been extinguished," he wrote on Telegram. Emergency services remained at the site.

Ukraine's General Staff later said its drones had struck the refinery, which processes about 20 million tonnes of crude a year, and that explosions and a fire had been recorded there.

Russia's Defence Ministry said air defences had destroyed 221 Ukrainian drones over 13 regions overnight, including 27 over the Leningrad region and 58 over the Bryansk region.

Pulkovo airport in St Petersburg suspended flights for about four hours; 46 departures and arrivals were delayed.

Kirishi lies roughly 800 kilometres from the Ukrainian border. Local media said the refinery had been targeted before.
""")
row("w008", "2025-09-14", "RUS", "Leningrad Oblast", "Kirishi", "UKR", "drone", None, 0, 0, None, 3, "energy",
    ["A fire broke out at the Kinef oil refinery in Kirishi, in the Leningrad region, early on Sunday after a Ukrainian drone attack, regional governor Alexander Drozdenko said.",
     "According to Drozdenko, air defences shot down three drones near the town, and falling debris caused the fire on the refinery's territory. \"There are no casualties. The fire has been extinguished,\" he wrote on Telegram."])
row("w008", "2025-09-14", "RUS", None, None, "UKR", "drone", None, None, None, None, 221, "unknown",
    ["Russia's Defence Ministry said air defences had destroyed 221 Ukrainian drones over 13 regions overnight, including 27 over the Leningrad region and 58 over the Bryansk region."])
# ---------------------------------------------------------------- w009
art("w009", "https://www.ukrinform.example/rubric-regions/3966021-kropyvnytskyi-toll.html", "Ukrinform",
    "Kropyvnytskyi: toll from Russian missile and drone attack rises to three",
    "2025-03-08T19:20:00+02:00", """
The number of people killed in Saturday morning's Russian attack on Kropyvnytskyi has risen to three, Kirovohrad Regional Military Administration head Andrii Raikovych said.

"Unfortunately, another woman has died in hospital. My condolences to her family," Raikovych wrote on Telegram. Fourteen people were injured, four of them seriously.

Earlier, the regional administration had reported two dead and nine injured.

According to Raikovych, Russian forces attacked the city with a ballistic missile and several attack drones at about 07:20. The missile hit the territory of an industrial enterprise; the blast wave damaged 23 private houses and a kindergarten nearby.

In the Oleksandriia district, a drone damaged a farm, destroying two tractors and a hangar. There were no casualties there.

Kropyvnytskyi, a city of about 220,000, has rarely been hit since 2022. Its last deadly attack, Raikovych said, was more than a year ago.
""")
row("w009", "2025-03-08", "UKR", "Kirovohrad Oblast", "Kropyvnytskyi", "RUS", "mixed", None, 3, 14, None, None, "industrial",
    ["The number of people killed in Saturday morning's Russian attack on Kropyvnytskyi has risen to three, Kirovohrad Regional Military Administration head Andrii Raikovych said.",
     "Fourteen people were injured, four of them seriously.",
     "According to Raikovych, Russian forces attacked the city with a ballistic missile and several attack drones at about 07:20. The missile hit the territory of an industrial enterprise;"])
row("w009", "2025-03-08", "UKR", "Kirovohrad Oblast", None, "RUS", "drone", None, 0, 0, None, None, "commercial",
    ["In the Oleksandriia district, a drone damaged a farm, destroying two tractors and a hangar. There were no casualties there."])

# ---------------------------------------------------------------- w010
art("w010", "https://tass.example/politics/1831277", "TASS",
    "Russian missile strike destroys Ukrainian aircraft at airfield near Krivoi Rog - MoD",
    "2024-08-21T12:30:00+03:00", """
MOSCOW, August 21. /TASS/. Russian forces struck a military airfield near Krivoi Rog in the Dnepropetrovsk Region with an Iskander-M missile on Tuesday, destroying two Su-25 attack aircraft of the Ukrainian Air Force, the Russian Defense Ministry said on Wednesday.

According to the ministry's daily bulletin, a Geran-2 drone also destroyed a fuel depot used by Ukrainian troops near the settlement of Stepnogorsk in the Zaporozhye Region.

In the Kharkov Region, a command post of a Ukrainian brigade near Volchansk was destroyed by a FAB-3000 aerial bomb fitted with a universal gliding and correction module, the ministry added.

"Operational-tactical aviation, drones, missile troops and artillery of the Russian forces hit Ukrainian military facilities in 137 areas over the past day," the bulletin said.

Overnight, air defense systems destroyed 11 Ukrainian aircraft-type drones over the Kursk and Belgorod regions, the ministry reported.

Since the start of the special military operation, the ministry said, 641 aircraft, 283 helicopters and 31,148 unmanned aerial vehicles of the Ukrainian armed forces have been destroyed.
""")
row("w010", "2024-08-20", "UKR", "Dnipropetrovsk Oblast", "Kryvyi Rih", "RUS", "missile", "Iskander-M", None, None, None, None, "military",
    ["MOSCOW, August 21. /TASS/. Russian forces struck a military airfield near Krivoi Rog in the Dnepropetrovsk Region with an Iskander-M missile on Tuesday, destroying two Su-25 attack aircraft of the Ukrainian Air Force, the Russian Defense Ministry said on Wednesday."])
row("w010", "2024-08-21", "UKR", "Zaporizhzhia Oblast", "Stepnohirsk", "RUS", "drone", "Geran-2", None, None, None, None, "military",
    ["According to the ministry's daily bulletin, a Geran-2 drone also destroyed a fuel depot used by Ukrainian troops near the settlement of Stepnogorsk in the Zaporozhye Region."])
row("w010", "2024-08-21", "UKR", "Kharkiv Oblast", "Vovchansk", "RUS", "glide_bomb", "FAB-3000", None, None, None, None, "military",
    ["In the Kharkov Region, a command post of a Ukrainian brigade near Volchansk was destroyed by a FAB-3000 aerial bomb fitted with a universal gliding and correction module, the ministry added."])
row("w010", "2024-08-21", "RUS", None, None, "UKR", "drone", None, None, None, None, 11, "unknown",
    ["Overnight, air defense systems destroyed 11 Ukrainian aircraft-type drones over the Kursk and Belgorod regions, the ministry reported."])

# ---------------------------------------------------------------- w011 (no strike)
art("w011", "https://notesfrompoland.example/2024/03/14/border-blockade-lifted/", "Notes from Poland",
    "Polish farmers lift blockade of Medyka crossing after talks with government",
    "2024-03-14T16:00:00+01:00", """
Polish farmers have lifted their blockade of the Medyka-Shehyni border crossing with Ukraine after the agriculture minister promised to seek tighter EU limits on imports of Ukrainian grain, sugar and poultry.

The protest had lasted 37 days. At its peak, queues of more than 2,800 trucks stretched up to 30 kilometres on the Ukrainian side, according to Ukraine's State Border Guard Service, and drivers waited as long as nine days to cross.

"We are suspending the action, not ending it," said one of the organisers, a 54-year-old grain farmer from the Przemyśl area. Protests at three other crossings, including Dorohusk-Yahodyn, continue.

Ukraine's infrastructure minister Oleksandr Kubrakov welcomed the move, saying exports of military and humanitarian cargo had never been blocked but that commercial traffic had suffered losses of more than $400 million.

The European Commission is expected to present a proposal next week that would cap duty-free imports of some Ukrainian farm products at the average of 2022 and 2023 volumes.

Ukraine has relied more heavily on road and rail routes through Poland since Russia's full-scale invasion of February 2022 disrupted its seaborne trade.
""")

# ---------------------------------------------------------------- w012
art("w012", "https://ria.example/en/20240601/lugansk-atacms-toll.html", "RIA Novosti (English digest)",
    "Death toll from Ukrainian ATACMS strike on Lugansk rises to six",
    "2024-06-01T10:30:00+03:00", """
LUGANSK, June 1 - RIA Novosti. The number of people killed in Friday's Ukrainian missile strike on Lugansk has risen to six, the head of the Lugansk People's Republic, Leonid Pasechnik, said on Saturday.

"Rescuers worked through the night at the site. The bodies of two more people were recovered from under the rubble," Pasechnik wrote on his Telegram channel. Fifty people were injured, including three children, he said.

According to Pasechnik, the Ukrainian armed forces attacked the city with US-supplied ATACMS missiles on Friday afternoon. One of them hit a five-storey residential building built in 1968, causing the collapse of two entrances.

Earlier, the region's emergencies ministry had reported four dead and 38 injured.

Russia's Defence Ministry said air defence systems shot down four ATACMS missiles over the territory of the republic on Friday.

Saturday was declared a day of mourning in the LPR.
""")
row("w012", "2024-05-31", "UKR", "Luhansk Oblast", "Luhansk", "UKR", "missile", "ATACMS", 6, 50, None, None, "residential",
    ["The number of people killed in Friday's Ukrainian missile strike on Lugansk has risen to six, the head of the Lugansk People's Republic, Leonid Pasechnik, said on Saturday.",
     "Fifty people were injured, including three children, he said.",
     "According to Pasechnik, the Ukrainian armed forces attacked the city with US-supplied ATACMS missiles on Friday afternoon. One of them hit a five-storey residential building built in 1968, causing the collapse of two entrances."])
row("w012", "2024-05-31", "UKR", "Luhansk Oblast", None, "UKR", "missile", "ATACMS", None, None, None, 4, "unknown",
    ["Russia's Defence Ministry said air defence systems shot down four ATACMS missiles over the territory of the republic on Friday."])

# ---------------------------------------------------------------- w013
art("w013", "https://rbc.example/ukr/news/dzhankoi-airfield-hit-1713370000.html", "RBC-Ukraine",
    "Missiles hit Dzhankoi airfield in Crimea, Ukraine's intelligence says; Sevastopol repels drones",
    "2024-04-17T18:40:00+03:00", """
Ukrainian missiles struck a military airfield near Dzhankoi in occupied Crimea overnight on April 17, destroying four S-400 launchers, three radars and an air defence control post, Ukraine's Defence Intelligence (HUR) said.

HUR published a video showing a series of explosions at the airfield, which Russia uses to base helicopters. The agency did not say what weapons were used, but Russian military bloggers wrote that ATACMS missiles had been fired.

The Russian-installed head of Crimea, Sergei Aksyonov, confirmed an attack on Dzhankoi, saying that debris damaged power lines and that some 1,200 households were temporarily left without electricity. He said there were no casualties.

In Sevastopol, the Russian-installed governor Mikhail Razvozhayev said air defences shot down three drones near the Belbek area in the morning. "There are no casualties and no damage to civilian objects," he said.

Crimea, annexed by Russia in 2014, has been a frequent target of Ukrainian missile and drone strikes since 2022.
""")
row("w013", "2024-04-17", "UKR", "Crimea", "Dzhankoi", "UKR", "missile", "ATACMS", 0, 0, None, None, "military",
    ["Ukrainian missiles struck a military airfield near Dzhankoi in occupied Crimea overnight on April 17, destroying four S-400 launchers, three radars and an air defence control post, Ukraine's Defence Intelligence (HUR) said.",
     "The Russian-installed head of Crimea, Sergei Aksyonov, confirmed an attack on Dzhankoi, saying that debris damaged power lines and that some 1,200 households were temporarily left without electricity. He said there were no casualties."])
row("w013", "2024-04-17", "UKR", "Sevastopol", "Sevastopol", "UKR", "drone", None, 0, 0, None, 3, "unknown",
    ["In Sevastopol, the Russian-installed governor Mikhail Razvozhayev said air defences shot down three drones near the Belbek area in the morning. \"There are no casualties and no damage to civilian objects,\" he said."])

# ---------------------------------------------------------------- w014
art("w014", "https://www.kyivpost.example/post/57211", "Kyiv Post",
    "LIVE: Kyiv death toll rises to 16 after overnight drone and missile attack",
    "2025-07-31T18:05:00+03:00", """
Russia struck Kyiv overnight with drones and ballistic missiles, hitting residential buildings in several districts. We are updating this page as information comes in.

17:55 – The death toll has risen to 16, Mayor Vitali Klitschko said. The number of injured now stands at 124, including 14 children.

16:20 – Russia's Defence Ministry claimed its air defences destroyed 41 Ukrainian drones over six Russian regions overnight.

14:05 – In Kyiv Oblast, drone debris damaged four houses in Vyshneve and injured two people, regional governor Mykola Kalashnyk said.

12:30 – Ukraine's Air Force said Russia launched 309 Shahed-type and decoy drones and eight Iskander-M ballistic missiles in the attack. Air defence shot down or suppressed 288 drones and three missiles.

10:45 – Tkachenko: 11 people are now confirmed dead, among them a six-year-old boy. Rescuers are searching the rubble of a nine-storey building in the Sviatoshynskyi district, where a missile destroyed an entire entrance.

08:10 – Six people were killed and 52 injured in the attack, Tymur Tkachenko, head of the Kyiv City Military Administration, said. Fires broke out in at least 27 locations across the capital after drones hit high-rises, a school and warehouses.
""")
row("w014", "2025-07-31", "UKR", "Kyiv City", "Kyiv", "RUS", "mixed", None, 16, 124, None, None, "residential",
    ["Russia struck Kyiv overnight with drones and ballistic missiles, hitting residential buildings in several districts.",
     "17:55 – The death toll has risen to 16, Mayor Vitali Klitschko said. The number of injured now stands at 124, including 14 children."])
row("w014", "2025-07-31", "RUS", None, None, "UKR", "drone", None, None, None, None, 41, "unknown",
    ["16:20 – Russia's Defence Ministry claimed its air defences destroyed 41 Ukrainian drones over six Russian regions overnight."])
row("w014", "2025-07-31", "UKR", "Kyiv Oblast", "Vyshneve", "RUS", "drone", None, None, 2, None, None, "residential",
    ["14:05 – In Kyiv Oblast, drone debris damaged four houses in Vyshneve and injured two people, regional governor Mykola Kalashnyk said."])
row("w014", "2025-07-31", "UKR", None, None, "RUS", "mixed", "Shahed, Iskander-M", None, None, 317, 291, "unknown",
    ["12:30 – Ukraine's Air Force said Russia launched 309 Shahed-type and decoy drones and eight Iskander-M ballistic missiles in the attack. Air defence shot down or suppressed 288 drones and three missiles."])

# ---------------------------------------------------------------- w015
art("w015", "https://www.themoscowtimes.example/2025/05/30/taganrog-drone-attack-a89211", "The Moscow Times",
    "Woman killed as Ukrainian drones hit Taganrog industrial site",
    "2025-05-30T11:50:00+03:00", """
A woman was killed and three people were injured when Ukrainian drones attacked the southern Russian port city of Taganrog overnight, Rostov region Governor Yury Slyusar said Friday.

Drone debris fell on the territory of an industrial enterprise, starting a fire, Slyusar wrote on Telegram without naming the plant. Local Telegram channels said the target was an aircraft repair facility that services Russian military planes.

"In total, 22 UAVs were destroyed and suppressed over Taganrog and the Kamensky, Millerovsky and Chertkovsky districts," Slyusar said.

Russia's Defense Ministry said earlier that air defenses had downed 67 Ukrainian drones over six regions, including the Rostov region, the Sea of Azov and Crimea.

A 54-year-old woman died at the scene, according to the city's mayor, Svetlana Kambulova. Two of the injured were hospitalized.

Taganrog, which lies on the Sea of Azov about 30 kilometers from the Ukrainian border, has been repeatedly targeted by Ukrainian drones since 2022.
""")
row("w015", "2025-05-30", "RUS", "Rostov Oblast", "Taganrog", "UKR", "drone", None, 1, 3, None, None, "industrial",
    ["A woman was killed and three people were injured when Ukrainian drones attacked the southern Russian port city of Taganrog overnight, Rostov region Governor Yury Slyusar said Friday.",
     "Drone debris fell on the territory of an industrial enterprise, starting a fire, Slyusar wrote on Telegram without naming the plant."])
row("w015", "2025-05-30", "RUS", "Rostov Oblast", None, "UKR", "drone", None, None, None, None, 22, "unknown",
    ["\"In total, 22 UAVs were destroyed and suppressed over Taganrog and the Kamensky, Millerovsky and Chertkovsky districts,\" Slyusar said."])
row("w015", "2025-05-30", "RUS", None, None, "UKR", "drone", None, None, None, None, 67, "unknown",
    ["Russia's Defense Ministry said earlier that air defenses had downed 67 Ukrainian drones over six regions, including the Rostov region, the Sea of Azov and Crimea."])

# ---------------------------------------------------------------- w016
art("w016", "https://www.kyivpost.example/post/41980", "Kyiv Post",
    "Missile hits Lutsk enterprise, one killed; Russia targets Starokostiantyniv and Rivne Oblast",
    "2024-11-13T13:15:00+02:00", """
Russia launched a combined missile and drone attack on western Ukraine on Wednesday morning, killing one person in Lutsk and hitting energy infrastructure in Rivne Oblast, local officials said.

A missile hit an industrial enterprise in Lutsk, killing a 47-year-old worker and injuring two others, Volyn Oblast Governor Ivan Rudnytskyi said. Windows were blown out in several nearby residential buildings.

In Khmelnytskyi Oblast, the Starokostiantyniv community came under attack by drones and missiles, the regional military administration said. "According to preliminary information, there are no casualties," it added, without giving details of the damage.

In Rivne Oblast, a drone hit an energy facility, Governor Oleksandr Koval said, and emergency power outages were applied in parts of the region.

The Air Force said Russia had launched 89 drones and 23 missiles, including Kh-101 cruise missiles and Iskander-M ballistic missiles. Air defence destroyed 60 drones and 16 missiles, while 25 drones were locationally lost.

Russia's Defence Ministry claimed its forces had carried out a "massive strike" on Ukrainian military airfields and that all targets had been hit.

Starokostiantyniv is home to a military airbase that has been repeatedly targeted since 2022; Ukraine does not disclose which aircraft are based there.
""")
row("w016", "2024-11-13", "UKR", "Volyn Oblast", "Lutsk", "RUS", "missile", None, 1, 2, None, None, "industrial",
    ["A missile hit an industrial enterprise in Lutsk, killing a 47-year-old worker and injuring two others, Volyn Oblast Governor Ivan Rudnytskyi said."])
row("w016", "2024-11-13", "UKR", "Khmelnytskyi Oblast", "Starokostiantyniv", "RUS", "mixed", None, 0, 0, None, None, "unknown",
    ["In Khmelnytskyi Oblast, the Starokostiantyniv community came under attack by drones and missiles, the regional military administration said. \"According to preliminary information, there are no casualties,\" it added, without giving details of the damage."])
row("w016", "2024-11-13", "UKR", "Rivne Oblast", None, "RUS", "drone", None, None, None, None, None, "energy",
    ["In Rivne Oblast, a drone hit an energy facility, Governor Oleksandr Koval said, and emergency power outages were applied in parts of the region."])
row("w016", "2024-11-13", "UKR", None, None, "RUS", "mixed", "Kh-101, Iskander-M", None, None, 112, 76, "unknown",
    ["The Air Force said Russia had launched 89 drones and 23 missiles, including Kh-101 cruise missiles and Iskander-M ballistic missiles. Air defence destroyed 60 drones and 16 missiles, while 25 drones were locationally lost."])

# ---------------------------------------------------------------- w017
art("w017", "https://unn.example/en/news/kherson-region-past-day-2025-05-22", "UNN",
    "Kherson region: two killed, 14 injured in a day of Russian attacks; Saldo reports strike on Oleshky",
    "2025-05-22T09:05:00+03:00", """
Over the past day, Russian troops attacked 41 settlements in the Kherson region with artillery, drones and aircraft, killing two people and injuring 14, regional military administration head Oleksandr Prokudin said on Thursday.

In Kherson's Korabelnyi district, a drone dropped explosives on a municipal utility truck, injuring the driver and two workers.

In Darivka, a 63-year-old man was killed when an FPV drone hit him while he was working in his garden.

A woman was injured by artillery shelling in Tiahynka.

Russian forces also damaged four high-rise buildings and 19 private houses, a gas pipeline and private cars across the region, Prokudin said.

Meanwhile, the Russian-installed governor of the occupied part of the region, Vladimir Saldo, claimed that a Ukrainian drone had struck a minibus in Oleshky on the left bank of the Dnipro, killing one passenger. His claim could not be independently verified.

The left-bank town had about 24,000 residents before the full-scale invasion.
""")
row("w017", "2025-05-22", "UKR", "Kherson Oblast", None, "RUS", "mixed", None, 2, 14, None, None, "unknown",
    ["Over the past day, Russian troops attacked 41 settlements in the Kherson region with artillery, drones and aircraft, killing two people and injuring 14, regional military administration head Oleksandr Prokudin said on Thursday."])
row("w017", "2025-05-22", "UKR", "Kherson Oblast", "Kherson", "RUS", "drone", None, None, 3, None, None, "unknown",
    ["In Kherson's Korabelnyi district, a drone dropped explosives on a municipal utility truck, injuring the driver and two workers."])
row("w017", "2025-05-22", "UKR", "Kherson Oblast", "Darivka", "RUS", "drone", None, 1, None, None, None, "unknown",
    ["In Darivka, a 63-year-old man was killed when an FPV drone hit him while he was working in his garden."])
row("w017", "2025-05-22", "UKR", "Kherson Oblast", "Tiahynka", "RUS", "artillery", None, None, 1, None, None, "unknown",
    ["A woman was injured by artillery shelling in Tiahynka."])
row("w017", "2025-05-22", "UKR", "Kherson Oblast", "Oleshky", "UKR", "drone", None, 1, None, None, None, "transport",
    ["Meanwhile, the Russian-installed governor of the occupied part of the region, Vladimir Saldo, claimed that a Ukrainian drone had struck a minibus in Oleshky on the left bank of the Dnipro, killing one passenger."])


# ---------------------------------------------------------------- w018 (no strike)
art("w018", "https://latifundist.example/en/news/2024/08/06/harvest-forecast", "Latifundist",
    "Ministry raises 2024 grain harvest forecast to 56 million tonnes despite drought",
    "2024-08-06T15:30:00+03:00", """
Ukraine's agriculture ministry has raised its forecast for this year's grain and oilseed harvest to 78 million tonnes, including about 56 million tonnes of grain, despite a heatwave that has hit yields in the south and east.

As of August 5, farmers had threshed 22.3 million tonnes of grain from 6.1 million hectares, Deputy Minister Taras Vysotskyi said. The average wheat yield was 4.3 tonnes per hectare, down from 4.7 tonnes a year earlier.

Exports for the 2024/25 season are expected to reach 40 million tonnes of grain, most of it through the ports of Greater Odesa, which have operated through Ukraine's own shipping corridor since last autumn.

Vysotskyi said the main risks were the weather, logistics costs and the war. Russian strikes have damaged or destroyed port infrastructure and grain storage over the past year, and about 10% of farmland remains occupied or mined, he said.

The ministry expects the sunflower harvest to fall to about 12 million tonnes, the lowest since 2018.
""")

# ---------------------------------------------------------------- w019
art("w019", "https://www.reuters.example/world/europe/ukraine-says-it-hit-bryansk-chemical-plant-2025-03-20/", "Reuters",
    "Ukraine says it struck Bryansk chemical plant with missiles and drones",
    "2025-03-20T13:10:00+03:00", """
KYIV, March 20 (Reuters) - Ukraine's military said on Thursday it had struck the Bryansk chemical plant in the Russian town of Seltso overnight with missiles and drones, hitting a facility that it said produces gunpowder and explosives for Russian artillery shells.

"The strike caused a series of explosions and a fire on the plant's territory," the General Staff said on Telegram. It did not say which missiles were used.

Bryansk regional governor Alexander Bogomaz said the region had come under a "massive attack" by Ukrainian Storm Shadow missiles and drones, and that air defences had destroyed six missiles and 31 drones over the region. There were no casualties, he said, and the situation at the affected enterprise was under control.

Russia's Defence Ministry said separately that 94 Ukrainian drones had been destroyed over nine regions overnight.

Reuters could not independently verify either side's account. The plant, which lies about 110 km (70 miles) from the Ukrainian border, was also attacked in November.
""")
row("w019", "2025-03-20", "RUS", "Bryansk Oblast", "Seltso", "UKR", "mixed", None, None, None, None, None, "industrial",
    ["KYIV, March 20 (Reuters) - Ukraine's military said on Thursday it had struck the Bryansk chemical plant in the Russian town of Seltso overnight with missiles and drones, hitting a facility that it said produces gunpowder and explosives for Russian artillery shells."])
row("w019", "2025-03-20", "RUS", "Bryansk Oblast", None, "UKR", "mixed", "Storm Shadow", 0, 0, None, 37, "unknown",
    ["Bryansk regional governor Alexander Bogomaz said the region had come under a \"massive attack\" by Ukrainian Storm Shadow missiles and drones, and that air defences had destroyed six missiles and 31 drones over the region. There were no casualties, he said, and the situation at the affected enterprise was under control."])
row("w019", "2025-03-20", "RUS", None, None, "UKR", "drone", None, None, None, None, 94, "unknown",
    ["Russia's Defence Ministry said separately that 94 Ukrainian drones had been destroyed over nine regions overnight."])

# ---------------------------------------------------------------- w020
art("w020", "https://suspilne.example/donbas/2024/10/17/day-of-attacks", "Suspilne Donbas",
    "Donetsk Oblast: Russian attacks kill four, injure nine over the past day",
    "2024-10-17T09:30:00+03:00", """
Russian attacks on Donetsk Oblast over the past day killed four civilians and injured nine, regional military administration head Vadym Filashkin said on Thursday morning.

Russian shelling killed two people in Pokrovsk and damaged five private houses and a shop, he said.

In Lyman, a drone hit a car, killing its driver.

One person was killed and two were injured in Myrnohrad, which came under fire in the afternoon.

In Dobropillia, Russian aircraft dropped two KAB-250 guided bombs on a residential neighbourhood, injuring three people and damaging a nine-storey building.

The figures do not include Mariupol and Volnovakha, which are occupied by Russia.

In total, 327 people, including 48 children, were evacuated from frontline areas of the oblast over the past day. Filashkin urged the roughly 11,000 people still living in Pokrovsk to leave.
""")
row("w020", "2024-10-17", "UKR", "Donetsk Oblast", None, "RUS", "unknown", None, 4, 9, None, None, "unknown",
    ["Russian attacks on Donetsk Oblast over the past day killed four civilians and injured nine, regional military administration head Vadym Filashkin said on Thursday morning."])
row("w020", "2024-10-17", "UKR", "Donetsk Oblast", "Pokrovsk", "RUS", "artillery", None, 2, None, None, None, "residential",
    ["Russian shelling killed two people in Pokrovsk and damaged five private houses and a shop, he said."])
row("w020", "2024-10-17", "UKR", "Donetsk Oblast", "Lyman", "RUS", "drone", None, 1, None, None, None, "unknown",
    ["In Lyman, a drone hit a car, killing its driver."])
row("w020", "2024-10-17", "UKR", "Donetsk Oblast", "Myrnohrad", "RUS", "unknown", None, 1, 2, None, None, "unknown",
    ["One person was killed and two were injured in Myrnohrad, which came under fire in the afternoon."])
row("w020", "2024-10-17", "UKR", "Donetsk Oblast", "Dobropillia", "RUS", "glide_bomb", "KAB-250", None, 3, 2, None, "residential",
    ["In Dobropillia, Russian aircraft dropped two KAB-250 guided bombs on a residential neighbourhood, injuring three people and damaging a nine-storey building."])

# ---------------------------------------------------------------- w021
art("w021", "https://dnipro.example/news/2024/01/14/year-after-peremohy", "Dnipro Operative",
    "A year after the strike on Naberezhna Peremohy: Dnipro remembers 46 victims",
    "2024-01-14T12:40:00+02:00", """
Dnipro residents laid flowers on Sunday at the site of the apartment block on Naberezhna Peremohy Street that was destroyed exactly a year ago.

On January 14, 2023, a Russian Kh-22 missile hit the nine-storey building, killing 46 people, including six children, and injuring 80. Eleven people were never found. It was the deadliest single strike on the city since the start of the full-scale invasion.

The entrance that collapsed has not been rebuilt; the city plans to build a memorial park on the site. Of the 236 flats in the building, 72 were destroyed completely.

The day of remembrance was not quiet in the region. Overnight, Russian forces shelled Nikopol with heavy artillery, injuring a 70-year-old woman and damaging a power line, regional governor Serhii Lysak said.

Air defence also destroyed three Shahed drones over the Dnipropetrovsk region overnight, Lysak said.

Since then, Russian strikes have killed hundreds of civilians in the region.
""")
row("w021", "2023-01-14", "UKR", "Dnipropetrovsk Oblast", "Dnipro", "RUS", "missile", "Kh-22", 46, 80, None, None, "residential",
    ["On January 14, 2023, a Russian Kh-22 missile hit the nine-storey building, killing 46 people, including six children, and injuring 80."])
row("w021", "2024-01-14", "UKR", "Dnipropetrovsk Oblast", "Nikopol", "RUS", "artillery", None, None, 1, None, None, "energy",
    ["Overnight, Russian forces shelled Nikopol with heavy artillery, injuring a 70-year-old woman and damaging a power line, regional governor Serhii Lysak said."])
row("w021", "2024-01-14", "UKR", "Dnipropetrovsk Oblast", None, "RUS", "drone", "Shahed", None, None, None, 3, "unknown",
    ["Air defence also destroyed three Shahed drones over the Dnipropetrovsk region overnight, Lysak said."])

# ---------------------------------------------------------------- w022
art("w022", "https://www.rbc.example/ukr/news/konotop-without-power-1760252400.html", "RBC-Ukraine",
    "Konotop left without power after drone strike on energy facility; Pryluky also hit",
    "2025-10-12T10:05:00+03:00", """
Russian drones struck an energy facility in Konotop in Sumy Oblast overnight, leaving the city without electricity and water, Konotop Mayor Artem Semenikhin said on Sunday.

A 13-year-old boy was injured by broken glass in a nearby house, the mayor said. Water is being delivered to residents by tanker trucks, and bakeries are working on generators.

In Chernihiv Oblast, drones struck an energy infrastructure facility in Pryluky, causing a fire, the regional military administration reported. No one was killed or injured.

According to the Air Force, Russia attacked Ukraine overnight with 97 drones, launched from the Kursk, Oryol and Bryansk regions of Russia and from Hvardiiske in Crimea. Sixty-four of them were shot down or suppressed, and hits by 28 drones were recorded at 11 locations.

In Sumy, explosions were heard at night but no damage was reported, the city military administration said.

Konotop, a city of about 80,000 people, lies some 70 kilometres from the Russian border.
""")
row("w022", "2025-10-12", "UKR", "Sumy Oblast", "Konotop", "RUS", "drone", None, None, 1, None, None, "energy",
    ["Russian drones struck an energy facility in Konotop in Sumy Oblast overnight, leaving the city without electricity and water, Konotop Mayor Artem Semenikhin said on Sunday.",
     "A 13-year-old boy was injured by broken glass in a nearby house, the mayor said."])
row("w022", "2025-10-12", "UKR", "Chernihiv Oblast", "Pryluky", "RUS", "drone", None, 0, 0, None, None, "energy",
    ["In Chernihiv Oblast, drones struck an energy infrastructure facility in Pryluky, causing a fire, the regional military administration reported. No one was killed or injured."])
row("w022", "2025-10-12", "UKR", None, None, "RUS", "drone", None, None, None, 97, 64, "unknown",
    ["According to the Air Force, Russia attacked Ukraine overnight with 97 drones, launched from the Kursk, Oryol and Bryansk regions of Russia and from Hvardiiske in Crimea. Sixty-four of them were shot down or suppressed, and hits by 28 drones were recorded at 11 locations."])

# ---------------------------------------------------------------- w023
art("w023", "https://www.kommersant.example/doc/6921455", "Kommersant (English digest)",
    "Drones attack gunpowder plant in Tambov region's Kotovsk; three injured",
    "2024-09-04T10:10:00+03:00", """
A Ukrainian drone attack on the town of Kotovsk in the Tambov region overnight damaged the territory of the Tambov gunpowder plant, Governor Maxim Yegorov said on Wednesday.

Three drones were shot down over Kotovsk, and debris from one of them fell on the plant, starting a fire in an auxiliary building, Yegorov wrote on Telegram. Three people were injured, one of whom, a 19-year-old, was hospitalised.

The Defence Ministry reported that air defences had destroyed sixty-two Ukrainian drones over seven regions overnight.

It was not the first attack on the plant. On July 21, a drone attack on the plant injured two workers, according to the regional administration.

The Tambov gunpowder plant, founded in 1916, employs about 2,000 people and is one of Russia's main producers of propellant for artillery ammunition. Kotovsk lies some 450 kilometres from the border with Ukraine.
""")
row("w023", "2024-09-04", "RUS", "Tambov Oblast", "Kotovsk", "UKR", "drone", None, None, 3, None, 3, "industrial",
    ["A Ukrainian drone attack on the town of Kotovsk in the Tambov region overnight damaged the territory of the Tambov gunpowder plant, Governor Maxim Yegorov said on Wednesday.",
     "Three drones were shot down over Kotovsk, and debris from one of them fell on the plant, starting a fire in an auxiliary building, Yegorov wrote on Telegram. Three people were injured, one of whom, a 19-year-old, was hospitalised."])
row("w023", "2024-09-04", "RUS", None, None, "UKR", "drone", None, None, None, None, 62, "unknown",
    ["The Defence Ministry reported that air defences had destroyed sixty-two Ukrainian drones over seven regions overnight."])
row("w023", "2024-07-21", "RUS", "Tambov Oblast", "Kotovsk", "UKR", "drone", None, None, 2, None, None, "industrial",
    ["It was not the first attack on the plant. On July 21, a drone attack on the plant injured two workers, according to the regional administration."])

# ---------------------------------------------------------------- w024
art("w024", "https://www.ukrinform.example/rubric-ato/3862190-mykolaiv-drones.html", "Ukrinform",
    "Drone attack on Mykolaiv injures seven, including two children; port hit in Pivdennyi",
    "2024-05-09T10:30:00+03:00", """
Russian drones attacked Mykolaiv overnight, injuring seven people, including two children, and damaging a five-storey residential building and several cars, Mykolaiv Regional Military Administration head Vitalii Kim said on Thursday.

According to Kim, 14 attack drones were launched at the region, and air defence shot down eleven of them. Two of the injured remain in hospital.

In Odesa Oblast, drones damaged port infrastructure in Pivdennyi, and a security guard was injured, Oleh Kiper said.

The Air Force said that in total Russia had launched 28 Shahed drones at Ukraine's south overnight, and that 23 of them had been destroyed.

Mykolaiv, which had about 470,000 residents before the full-scale invasion, was last hit by a deadly missile strike in March.
""")
row("w024", "2024-05-09", "UKR", "Mykolaiv Oblast", "Mykolaiv", "RUS", "drone", None, None, 7, 14, 11, "residential",
    ["Russian drones attacked Mykolaiv overnight, injuring seven people, including two children, and damaging a five-storey residential building and several cars, Mykolaiv Regional Military Administration head Vitalii Kim said on Thursday.",
     "According to Kim, 14 attack drones were launched at the region, and air defence shot down eleven of them."])
row("w024", "2024-05-09", "UKR", "Odesa Oblast", "Pivdennyi", "RUS", "drone", None, None, 1, None, None, "transport",
    ["In Odesa Oblast, drones damaged port infrastructure in Pivdennyi, and a security guard was injured, Oleh Kiper said."])
row("w024", "2024-05-09", "UKR", None, None, "RUS", "drone", "Shahed", None, None, 28, 23, "unknown",
    ["The Air Force said that in total Russia had launched 28 Shahed drones at Ukraine's south overnight, and that 23 of them had been destroyed."])

# ---------------------------------------------------------------- w025 (no strike)
art("w025", "https://www.ukrinform.example/rubric-society/3919540-demining-forum.html", "Ukrinform",
    "Kyiv demining forum: partners pledge $280 million, new machines for cleared farmland",
    "2024-10-24T17:20:00+03:00", """
International partners pledged a further $280 million for humanitarian demining in Ukraine at a two-day forum in Kyiv that ended on Thursday, Economy Minister Yulia Svyrydenko said.

About 139,000 square kilometres of Ukrainian territory, an area larger than Greece, is considered potentially contaminated by mines and unexploded ordnance. Since 2022, deminers have checked and cleared more than 37,000 square kilometres, she said.

Under a state programme launched last year, farmers can have their land surveyed and cleared free of charge; 1,300 farms have applied so far. Japan will deliver 20 more demining machines by the end of the year, and Croatia will train 150 Ukrainian operators.

On the second day, an air-raid alert sent the forum's roughly 400 participants to the hotel's shelter for about 40 minutes. The sessions then resumed.

"Every hectare we return to farmers is a victory," Svyrydenko said. The next forum is planned for 2025 in Japan.
""")


def check() -> None:
    ids = [a["id"] for a in A]
    assert ids == [f"w{i:03d}" for i in range(1, 26)], ids
    texts = {a["id"]: a["text"] for a in A}
    for r in G:
        for piece in r["evidence"].split(" | "):
            assert piece in texts[r["article_id"]], (r["article_id"], piece)
        assert r["geo_precision"] in ("settlement", "admin1", "country")


if __name__ == "__main__":
    check()
    out = "/work/main/data/eval/unseen2"
    os.makedirs(out, exist_ok=True)
    with open(f"{out}/articles.jsonl", "w", encoding="utf-8") as f:
        for a in A:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(f"{out}/gold.jsonl", "w", encoding="utf-8") as f:
        for r in G:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(A), "articles", len(G), "gold rows")
