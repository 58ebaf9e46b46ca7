/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rex-content-strings.h: translatable content strings of the dataset.
 *
 * GENERATED FILE, do not edit. Regenerate with
 *   tools/extract-content-strings.py data/reforms.json --output src/rex-content-strings.h
 * The texts are looked up at run time with g_dpgettext2 (GETTEXT_PACKAGE, context, text).
 */

#include <glib/gi18n.h>

static const char *rex_content_strings[] G_GNUC_UNUSED = {
  /* Translators: title of the programme "New Kazakhstan: the path of renewal and modernization" (the 16 March 2022 address) */
  NC_("programme title", "New Kazakhstan: the path of renewal and modernization"),
  /* Translators: speaker of the programme "New Kazakhstan: the path of renewal and modernization" (the 16 March 2022 address) */
  NC_("programme speaker", "Kassym-Jomart Tokayev, President"),
  /* Translators: occasion of the programme "New Kazakhstan: the path of renewal and modernization" (the 16 March 2022 address) */
  NC_("programme occasion", "State of the Nation Address to a joint session of Parliament"),
  /* Translators: quotation of the programme "New Kazakhstan: the path of renewal and modernization" (the 16 March 2022 address) */
  NC_("programme quotation", "The people do not need abstract ideas and promises, but tangible changes for the better"),
  /* Translators: summary of the programme "New Kazakhstan: the path of renewal and modernization" (the 16 March 2022 address) */
  NC_("programme summary", "In this State of the Nation Address, President Tokayev set out a programme of political reform. It proposed to shift power from the presidency towards Parliament and local bodies, to open up party politics and elections, to strengthen the courts and the protection of rights, and to redraw part of the regional map. Most of it was enacted through the constitutional referendum of June 2022 and laws passed later that year; several parts were overtaken by the new Constitution that took effect on 1 July 2026."),
  /* Translators: title of the category "political-system" */
  NC_("category title", "Comprehensive modernization of the political system"),
  /* Translators: summary of the category "Comprehensive modernization of the political system" (political-system) */
  NC_("category summary", "Rebalancing power between the President, Parliament and local executives, and opening up party politics."),
  /* Translators: title of the category "parliament-local-government" */
  NC_("category title", "Parliament and local government"),
  /* Translators: summary of the category "Parliament and local government" (parliament-local-government) */
  NC_("category summary", "How the two chambers and the maslikhats are formed and what they decide."),
  /* Translators: title of the category "judiciary" */
  NC_("category title", "Judiciary"),
  /* Translators: summary of the category "Judiciary" (judiciary) */
  NC_("category summary", "Stronger protection against violence and a wider role for juries."),
  /* Translators: title of the category "additional-measures" */
  NC_("category title", "Additional measures"),
  /* Translators: summary of the category "Additional measures" (additional-measures) */
  NC_("category summary", "Civil society, the media, the regional map, the state apparatus and the economy."),
  /* Translators: title of the reform "presidential-republic" */
  NC_("reform title", "From a super-presidential to a presidential republic"),
  /* Translators: summary of the reform "From a super-presidential to a presidential republic" (presidential-republic) */
  NC_("reform summary", "Move from a super-presidential system to a presidential republic with a strong parliament."),
  /* Translators: explanation of the reform "From a super-presidential to a presidential republic" (presidential-republic) */
  /* xgettext:no-c-format */
  NC_("reform explanation", "The address proposed to narrow the President's powers and give Parliament a larger role. A National Action Plan approved on 29 March 2022 set out about 30 constitutional amendments and more than 20 laws. In the referendum of 5 June 2022, 77.18 % of those voting approved amendments touching about a third of the Constitution, on a turnout of about 68 %. The law package signed on 5 November 2022 then carried the change into ordinary legislation. The same amendments removed the special status of the First President (Elbasy).\n\nA second step followed: in September 2022 the presidential term became a single seven-year term. The Constitution approved on 15 March 2026 and in force since 1 July 2026 reshaped the system again, with a single-chamber Kurultai, a vice-president and a People's Council (Halyk Kenesi)."),
  /* Translators: rationale of the reform "From a super-presidential to a presidential republic" (presidential-republic) */
  NC_("reform rationale", "The President said the super-presidential model had been justified in the country's early years, but that having everything centred on the President was now wrong and should be given up gradually; the state's long-term interests, he said, mattered more to him than extra levers of power."),
  /* Translators: note on the status of the reform "From a super-presidential to a presidential republic" (presidential-republic) */
  NC_("status note", "Enacted in 2022; the 2026 Constitution, in force since 1 July 2026, re-framed the system with a single-chamber Kurultai and a vice-president. The vice-president is to be appointed with the Kurultai’s consent within two months of its first session; no stored source reports the Kurultai election of 23 August 2026 or an appointment."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2022-03-16 */
  NC_("milestone", "The President proposes moving to a presidential republic with a strong parliament."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2022-03-29 */
  NC_("milestone", "A decree approves the National Action Plan for carrying out the address."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2022-06-05 */
  NC_("milestone", "Voters approve constitutional amendments that reduce the President's powers."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2022-06-08 */
  NC_("milestone", "The constitutional amendments take effect."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2022-09-17 */
  NC_("milestone", "A constitutional amendment limits the President to one seven-year term."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2022-11-05 */
  NC_("milestone", "The President signs the constitutional law and laws that implement the reform."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2026-03-15 */
  NC_("milestone", "A referendum approves a new Constitution with a single-chamber Kurultai."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2026-07-01 */
  NC_("milestone", "The new Constitution takes effect, with a single-chamber Kurultai and a vice-president."),
  /* Translators: milestone of the reform "From a super-presidential to a presidential republic" (presidential-republic), dated 2026-08-23 */
  NC_("milestone", "The first election to the Kurultai was set for this day; no stored source reports whether it was held or its results."),
  /* Translators: title of the reform "president-non-partisan" */
  NC_("reform title", "A non-partisan President"),
  /* Translators: summary of the reform "A non-partisan President" (president-non-partisan) */
  NC_("reform summary", "The President may not belong to a political party while in office."),
  /* Translators: explanation of the reform "A non-partisan President" (president-non-partisan) */
  NC_("reform explanation", "Tokayev gave up both the chairmanship and his membership of the Amanat party at its congress on 26 April 2022, before the rule was written into law. The referendum of June 2022 added the ban on party membership to the Constitution, and the laws of November 2022 set out the details. The same amendments apply a similar ban to the chair and members of the Central Election Commission and the Accounts Committee, and to akims and their deputies."),
  /* Translators: note on the status of the reform "A non-partisan President" (president-non-partisan) */
  NC_("status note", "Enacted under the 1995 Constitution as amended in 2022. Whether the Constitution in force since 1 July 2026 keeps this rule was not found in a stored source."),
  /* Translators: milestone of the reform "A non-partisan President" (president-non-partisan), dated 2022-03-16 */
  NC_("milestone", "The President says he will leave his party for the length of his term."),
  /* Translators: milestone of the reform "A non-partisan President" (president-non-partisan), dated 2022-04-26 */
  NC_("milestone", "Tokayev leaves the chairmanship and membership of the Amanat party."),
  /* Translators: milestone of the reform "A non-partisan President" (president-non-partisan), dated 2022-06-05 */
  NC_("milestone", "Voters approve the constitutional ban on party membership for a sitting President."),
  /* Translators: milestone of the reform "A non-partisan President" (president-non-partisan), dated 2022-11-05 */
  NC_("milestone", "Laws setting out the details of the ban are signed."),
  /* Translators: title of the reform "relatives-ban" */
  NC_("reform title", "No top posts for the President's relatives"),
  /* Translators: summary of the reform "No top posts for the President's relatives" (relatives-ban) */
  NC_("reform summary", "Close relatives of the President may not hold top civil-service or quasi-public posts."),
  /* Translators: explanation of the reform "No top posts for the President's relatives" (relatives-ban) */
  NC_("reform explanation", "The constitutional amendments of June 2022 bar the President's close relatives from political posts and from leading quasi-public companies. The Ministry of Justice prepared the implementing bills, which passed their first reading in the Mazhilis on 7 September 2022 and were signed as part of the November 2022 package. Whether the Constitution in force since 1 July 2026 keeps the ban was not found in a stored source."),
  /* Translators: rationale of the reform "No top posts for the President's relatives" (relatives-ban) */
  NC_("reform rationale", "The President said the head of state must firmly guarantee equal opportunities for every citizen, and presented the ban as following from that."),
  /* Translators: milestone of the reform "No top posts for the President's relatives" (relatives-ban), dated 2022-03-16 */
  NC_("milestone", "The President proposes barring his close relatives from top public posts."),
  /* Translators: milestone of the reform "No top posts for the President's relatives" (relatives-ban), dated 2022-06-05 */
  NC_("milestone", "Voters approve the ban on the President's relatives holding political posts."),
  /* Translators: milestone of the reform "No top posts for the President's relatives" (relatives-ban), dated 2022-09-07 */
  NC_("milestone", "The Mazhilis passes the implementing bills in a first reading."),
  /* Translators: milestone of the reform "No top posts for the President's relatives" (relatives-ban), dated 2022-11-05 */
  NC_("milestone", "The implementing law is signed."),
  /* Translators: title of the reform "akim-independence" */
  NC_("reform title", "More independence for akims"),
  /* Translators: summary of the reform "More independence for akims" (akim-independence) */
  NC_("reform summary", "The President gives up the right to cancel or suspend the acts of akims of regions and cities of republican significance, and to dismiss district and rural akims."),
  /* Translators: explanation of the reform "More independence for akims" (akim-independence) */
  NC_("reform explanation", "In the address the President listed powers he held over local executives: cancelling or suspending the acts of the akims of regions and of cities of republican significance, and dismissing district and rural akims. He proposed to give them up. The laws signed on 5 November 2022 reduced the President's powers over local executive bodies; the exact provisions on these two powers have not been checked.\n\nThe wider move towards elected akims continued. Rural akims have been elected directly since July 2021, and more than 2,000 have been chosen so far. District akims and mayors of cities of regional significance were elected directly in a pilot in 45 units on 5 November 2023, and Semey became the first regional centre to elect its akim, on 12 October 2025. The President has since said the district elections may be reviewed."),
  /* Translators: rationale of the reform "More independence for akims" (akim-independence) */
  NC_("reform rationale", "The President said his right to cancel or suspend akims' acts encouraged the habit of \"manual management\" and weakened the independence of local executive bodies."),
  /* Translators: milestone of the reform "More independence for akims" (akim-independence), dated 2022-03-16 */
  NC_("milestone", "The President proposes giving up his powers to cancel akims' acts and dismiss district and rural akims."),
  /* Translators: milestone of the reform "More independence for akims" (akim-independence), dated 2022-11-05 */
  NC_("milestone", "Laws reducing the President's powers over local executive bodies are signed."),
  /* Translators: milestone of the reform "More independence for akims" (akim-independence), dated 2023-11-05 */
  NC_("milestone", "District akims and mayors of cities of regional significance are elected directly in a pilot in 45 units."),
  /* Translators: milestone of the reform "More independence for akims" (akim-independence), dated 2025-10-12 */
  NC_("milestone", "Semey is the first regional centre to elect its akim directly."),
  /* Translators: title of the reform "party-registration-threshold" */
  NC_("reform title", "Easier registration of political parties"),
  /* Translators: summary of the reform "Easier registration of political parties" (party-registration-threshold) */
  NC_("reform summary", "Cut the members needed to register a party from 20,000 to 5,000, and for a regional branch from 600 to 200."),
  /* Translators: explanation of the reform "Easier registration of political parties" (party-registration-threshold) */
  NC_("reform explanation", "The address proposed a fourfold cut in the number of members a new party needs. The change was part of the package signed on 5 November 2022. According to the Ministry of Justice, the rules were eased in other ways too: a smaller initiative group, more time to hold the founding congress and more time to set up regional branches.\n\nNew parties followed: Baytak was registered on 28 November 2022 and Respublica around the turn of 2022 and 2023. The threshold had already been halved once before, from 40,000 to 20,000 members, in May 2020."),
  /* Translators: rationale of the reform "Easier registration of political parties" (party-registration-threshold) */
  NC_("reform rationale", "The President wanted a favourable environment for parties to develop as institutions and organisations, so that political competition would be fair and free."),
  /* Translators: milestone of the reform "Easier registration of political parties" (party-registration-threshold), dated 2022-03-16 */
  NC_("milestone", "The President proposes cutting the party registration threshold fourfold."),
  /* Translators: milestone of the reform "Easier registration of political parties" (party-registration-threshold), dated 2022-11-05 */
  NC_("milestone", "The lower thresholds are signed into law as part of the reform package."),
  /* Translators: milestone of the reform "Easier registration of political parties" (party-registration-threshold), dated 2022-11-28 */
  NC_("milestone", "The Baytak party is registered."),
  /* Translators: what a before/after figure of the reform "Easier registration of political parties" (party-registration-threshold) measures */
  NC_("figure label", "Members needed to register a party"),
  /* Translators: what a before/after figure of the reform "Easier registration of political parties" (party-registration-threshold) measures */
  NC_("figure label", "Members needed in each regional branch"),
  /* Translators: what a before/after figure of the reform "Easier registration of political parties" (party-registration-threshold) measures */
  NC_("figure label", "Citizens needed in a party's initiative group"),
  /* Translators: what a before/after figure of the reform "Easier registration of political parties" (party-registration-threshold) measures */
  NC_("figure label", "Time allowed to hold the founding congress"),
  /* Translators: what a before/after figure of the reform "Easier registration of political parties" (party-registration-threshold) measures */
  NC_("figure label", "Time allowed to form regional branches"),
  /* Translators: title of the reform "election-observers" */
  NC_("reform title", "Rights and duties of election observers"),
  /* Translators: summary of the reform "Rights and duties of election observers" (election-observers) */
  NC_("reform summary", "Define in law what election observers may and must do."),
  /* Translators: explanation of the reform "Rights and duties of election observers" (election-observers) */
  NC_("reform explanation", "The electoral law was amended in the package signed in November 2022. Since 2023 public associations and non-profit organisations that send observers must be accredited by the Central Election Commission; the accreditation is valid for one calendar year. Critics of the draft said the rule would limit independent observation. The address also promised rules for campaigning on social media, a single electronic voter roll and limits on donations; whether these were adopted has not been checked."),
  /* Translators: rationale of the reform "Rights and duties of election observers" (election-observers) */
  NC_("reform rationale", "The President called observers an indispensable part of transparent elections, and said their rights and duties should therefore be set out clearly in law."),
  /* Translators: note on the status of the reform "Rights and duties of election observers" (election-observers) */
  NC_("status note", "Enacted, but contested by critics of the accreditation rule."),
  /* Translators: milestone of the reform "Rights and duties of election observers" (election-observers), dated 2022-03-16 */
  NC_("milestone", "The President proposes defining the rights and duties of election observers in law."),
  /* Translators: milestone of the reform "Rights and duties of election observers" (election-observers), dated 2022-11-05 */
  NC_("milestone", "Amendments to the electoral law are signed as part of the reform package."),
  /* Translators: milestone of the reform "Rights and duties of election observers" (election-observers), dated 2023-03 */
  NC_("milestone", "The Central Election Commission accredits public associations and non-profit organisations as election observers for the first time, for one calendar year."),
  /* Translators: title of the reform "constitutional-court" */
  NC_("reform title", "A Constitutional Court"),
  /* Translators: summary of the reform "A Constitutional Court" (constitutional-court) */
  NC_("reform summary", "Set up a Constitutional Court, to which the Prosecutor General and the Commissioner for Human Rights may also apply."),
  /* Translators: explanation of the reform "A Constitutional Court" (constitutional-court) */
  NC_("reform explanation", "Kazakhstan had a Constitutional Court from 1993 to 1995, when a Constitutional Council took its place. The 2022 referendum restored the Court. It began work on 1 January 2023 with 11 judges, chaired by Elvira Azimova. Citizens may apply to it directly, as may the Prosecutor General and the Commissioner for Human Rights. According to its chair, in its first eight months it examined more than 30 legal provisions and found five of them unconstitutional.\n\nThe Commissioner for Human Rights (the Ombudsman) was strengthened alongside: Law No. 90-VII of 29 December 2021, passed before the address, was a first step, the 2022 amendments gave it constitutional status, and a constitutional-level law was reported with the late-2022 package. The office received 5,773 complaints in 2023, and its appeals to the Court were reported in 2025. Before the referendum, Human Rights Watch had argued that the provisions on the Court and the Ombudsman should be stronger and that there was too little time for public consultation. The 2026 Constitution keeps the Court and adds to its powers, for example over the enforcement of international rulings; its judges stay in office until new appointments are made."),
  /* Translators: note on the status of the reform "A Constitutional Court" (constitutional-court) */
  NC_("status note", "The 2026 Constitution keeps the Court; its chair and judges are to be appointed anew after the Kurultai first meets. No stored source reports new appointments by December 2026."),
  /* Translators: milestone of the reform "A Constitutional Court" (constitutional-court), dated 2022-03-16 */
  NC_("milestone", "The President proposes restoring the Constitutional Court."),
  /* Translators: milestone of the reform "A Constitutional Court" (constitutional-court), dated 2022-06-05 */
  NC_("milestone", "Voters approve restoring the Constitutional Court and giving the Ombudsman constitutional status."),
  /* Translators: milestone of the reform "A Constitutional Court" (constitutional-court), dated 2022-06-08 */
  NC_("milestone", "The amendments take effect, including the constitutional status of the Commissioner for Human Rights."),
  /* Translators: milestone of the reform "A Constitutional Court" (constitutional-court), dated 2022-11-05 */
  NC_("milestone", "The President signs Constitutional Law No. 153-VII on the Constitutional Court."),
  /* Translators: milestone of the reform "A Constitutional Court" (constitutional-court), dated 2023-01-01 */
  NC_("milestone", "The Constitutional Court starts work."),
  /* Translators: milestone of the reform "A Constitutional Court" (constitutional-court), dated 2026-07-01 */
  NC_("milestone", "The new Constitution takes effect and keeps the Court, with added powers."),
  /* Translators: title of the reform "senate-quota" */
  NC_("reform title", "A smaller presidential quota in the Senate"),
  /* Translators: summary of the reform "A smaller presidential quota in the Senate" (senate-quota) */
  NC_("reform summary", "Reduce the number of senators appointed by the President from 15 to 10."),
  /* Translators: explanation of the reform "A smaller presidential quota in the Senate" (senate-quota) */
  NC_("reform explanation", "The referendum cut the President's quota in the Senate to 10, five of whom are put forward by the Assembly of the People of Kazakhstan. The Assembly lost the nine Mazhilis seats it used to fill. The Senate then had 50 members: 40 elected by the maslikhats, two for each region and city of republican significance, and 10 appointed. Twenty senators were elected on 14 January 2023 and the President appointed ten on 24 January 2023.\n\nThe 2026 Constitution abolished the Senate. The new Kurultai has no presidential or Assembly quota; quotas for women, young people and people with disabilities were proposed instead."),
  /* Translators: rationale of the reform "A smaller presidential quota in the Senate" (senate-quota) */
  NC_("reform rationale", "The President said the appointed seats should stop being a means of control and instead give a voice to social groups that are poorly represented in Parliament. The old arrangement had suited its time, he said, but the country needed to move on."),
  /* Translators: note on the status of the reform "A smaller presidential quota in the Senate" (senate-quota) */
  NC_("status note", "Superseded on 1 July 2026 by the new Constitution, which replaced the Senate and Mazhilis with a single-chamber Kurultai."),
  /* Translators: milestone of the reform "A smaller presidential quota in the Senate" (senate-quota), dated 2022-03-16 */
  NC_("milestone", "The President proposes reducing his Senate quota."),
  /* Translators: milestone of the reform "A smaller presidential quota in the Senate" (senate-quota), dated 2022-06-05 */
  NC_("milestone", "Voters approve cutting the presidential quota in the Senate to 10."),
  /* Translators: milestone of the reform "A smaller presidential quota in the Senate" (senate-quota), dated 2022-11-05 */
  NC_("milestone", "The laws implementing the new Senate quota are signed."),
  /* Translators: milestone of the reform "A smaller presidential quota in the Senate" (senate-quota), dated 2023-01-24 */
  NC_("milestone", "The President appoints 10 senators, five of them nominated by the Assembly of the People."),
  /* Translators: milestone of the reform "A smaller presidential quota in the Senate" (senate-quota), dated 2026-07-01 */
  NC_("milestone", "The new Constitution takes effect and the Senate is abolished."),
  /* Translators: what a before/after figure of the reform "A smaller presidential quota in the Senate" (senate-quota) measures */
  NC_("figure label", "Senators appointed by the President"),
  /* Translators: what a before/after figure of the reform "A smaller presidential quota in the Senate" (senate-quota) measures */
  NC_("figure label", "Mazhilis seats filled by the Assembly of the People"),
  /* Translators: title of the reform "senate-approves-laws" */
  NC_("reform title", "The Senate approves or rejects laws"),
  /* Translators: summary of the reform "The Senate approves or rejects laws" (senate-approves-laws) */
  NC_("reform summary", "The Mazhilis adopts laws and the Senate only approves or rejects them."),
  /* Translators: explanation of the reform "The Senate approves or rejects laws" (senate-approves-laws) */
  NC_("reform explanation", "The constitutional amendments made the Mazhilis the chamber that adopts laws, leaving the Senate to approve or reject them. The Senate speaker said in 2023 that the legislative procedure had changed accordingly; 92 laws were passed that year. The exact wording of the amended articles has not been checked.\n\nWith the 2026 Constitution the two chambers were replaced by a single Kurultai, which considers bills in three readings."),
  /* Translators: milestone of the reform "The Senate approves or rejects laws" (senate-approves-laws), dated 2022-03-16 */
  NC_("milestone", "The President proposes that the Mazhilis adopt laws and the Senate approve or reject them."),
  /* Translators: milestone of the reform "The Senate approves or rejects laws" (senate-approves-laws), dated 2022-06-05 */
  NC_("milestone", "Voters approve the new division of legislative work between the chambers."),
  /* Translators: milestone of the reform "The Senate approves or rejects laws" (senate-approves-laws), dated 2026-07-01 */
  NC_("milestone", "The new Constitution takes effect with a single chamber that passes bills in three readings."),
  /* Translators: title of the reform "supreme-audit-chamber" */
  NC_("reform title", "A Supreme Audit Chamber"),
  /* Translators: summary of the reform "A Supreme Audit Chamber" (supreme-audit-chamber) */
  NC_("reform summary", "Turn the Accounts Committee into a Supreme Audit Chamber."),
  /* Translators: explanation of the reform "A Supreme Audit Chamber" (supreme-audit-chamber) */
  NC_("reform explanation", "The change of the Accounts Committee into a Supreme Audit Chamber was part of the constitutional amendments; its chair had to report to the Mazhilis twice a year. The Mazhilis ceased to exist on 1 July 2026, and to whom the Chamber reports under the new Constitution has not been checked. The exact date on which the Chamber was created has not been found, but it was at work by 24 February 2023, when its chair, N. Godunova, signed a normative resolution. Alikhan Smailov became chair on 1 April 2024. The 2026 Constitution keeps the Chamber, whose members stay in office until new appointments are made."),
  /* Translators: note on the status of the reform "A Supreme Audit Chamber" (supreme-audit-chamber) */
  NC_("status note", "The date on which the Chamber was formally created is not known. Its members are to be appointed anew under the 2026 Constitution after the Kurultai first meets; no stored source reports new appointments by December 2026."),
  /* Translators: milestone of the reform "A Supreme Audit Chamber" (supreme-audit-chamber), dated 2022-03-16 */
  NC_("milestone", "The President proposes replacing the Accounts Committee with a Supreme Audit Chamber."),
  /* Translators: milestone of the reform "A Supreme Audit Chamber" (supreme-audit-chamber), dated 2022-04 */
  NC_("milestone", "The Accounts Committee chair briefs the President on the transformation."),
  /* Translators: milestone of the reform "A Supreme Audit Chamber" (supreme-audit-chamber), dated 2022-06-05 */
  NC_("milestone", "Voters approve the amendments that create the Supreme Audit Chamber."),
  /* Translators: milestone of the reform "A Supreme Audit Chamber" (supreme-audit-chamber), dated 2023-02-24 */
  NC_("milestone", "The Chamber is at work: its chair signs a normative resolution."),
  /* Translators: milestone of the reform "A Supreme Audit Chamber" (supreme-audit-chamber), dated 2024-04-01 */
  NC_("milestone", "Alikhan Smailov becomes chair of the Chamber."),
  /* Translators: milestone of the reform "A Supreme Audit Chamber" (supreme-audit-chamber), dated 2026-07-01 */
  NC_("milestone", "The new Constitution takes effect and keeps the Chamber."),
  /* Translators: title of the reform "mixed-mazhilis" */
  NC_("reform title", "A mixed electoral system for the Mazhilis"),
  /* Translators: summary of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis) */
  /* xgettext:no-c-format */
  NC_("reform summary", "Elect 70 % of the Mazhilis by party list and 30 % in single-mandate districts."),
  /* Translators: explanation of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis) */
  /* xgettext:no-c-format */
  NC_("reform explanation", "The Mazhilis was dissolved on 19 January 2023 and shrank from 107 to 98 seats: 69 filled from party lists and 29 in single-mandate districts. The election of 19 March 2023 had a 5 % threshold for lists and an \"against all\" option; about 54 % of voters took part. Six parties won list seats, with Amanat taking 40 of the 69; counting district seats it had 62 in all. Sources differ on how the remaining district seats were shared.\n\nThe 2026 Constitution replaced the Mazhilis with a Kurultai of 145 deputies, all elected from party lists for five years. Its first election was set for 23 August 2026; by December 2026 no stored source reported whether it was held or its results."),
  /* Translators: rationale of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis) */
  NC_("reform rationale", "The President said combining party lists with single-mandate districts would reflect voters' interests better, both nationally and in the regions, while keeping parties as a key institution of civil society."),
  /* Translators: note on the status of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis) */
  NC_("status note", "Superseded on 1 July 2026 by the new Constitution, which replaced the Senate and Mazhilis with a single-chamber Kurultai. No stored source reports the result of the Kurultai election set for 23 August 2026."),
  /* Translators: milestone of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis), dated 2022-03-16 */
  NC_("milestone", "The President proposes a mixed proportional and majoritarian system for the Mazhilis."),
  /* Translators: milestone of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis), dated 2022-06-05 */
  NC_("milestone", "Voters approve a mixed electoral system for the Mazhilis."),
  /* Translators: milestone of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis), dated 2022-11-05 */
  NC_("milestone", "The electoral laws introducing the mixed system are signed."),
  /* Translators: milestone of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis), dated 2023-01-19 */
  NC_("milestone", "The Mazhilis is dissolved ahead of an early election."),
  /* Translators: milestone of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis), dated 2023-03-19 */
  NC_("milestone", "The first Mazhilis election under the mixed system is held."),
  /* Translators: milestone of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis), dated 2023-03-27 */
  NC_("milestone", "The Central Election Commission announces the final results: six parties enter the Mazhilis."),
  /* Translators: milestone of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis), dated 2026-07-01 */
  NC_("milestone", "The new Constitution takes effect and the Mazhilis is replaced by the Kurultai."),
  /* Translators: what a before/after figure of the reform "A mixed electoral system for the Mazhilis" (mixed-mazhilis) measures */
  NC_("figure label", "Seats in the Mazhilis"),
  /* Translators: title of the reform "mixed-maslikhats" */
  NC_("reform title", "A mixed electoral system for maslikhats"),
  /* Translators: summary of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats) */
  NC_("reform summary", "Elect the maslikhats of regions and cities of republican significance by a mixed system."),
  /* Translators: explanation of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats) */
  NC_("reform explanation", "Half of the deputies of regional maslikhats and of the maslikhats of Astana, Almaty and Shymkent are now elected from party lists and half in single-mandate districts. District and city maslikhats below them are elected entirely in single-mandate districts. The system was first used on 19 March 2023, for about 3,415 seats in 223 maslikhats. Maslikhats continue under the 2026 Constitution; whether their electoral rules changed has not been checked."),
  /* Translators: rationale of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats) */
  NC_("reform rationale", "The President said the mixed model would reflect voters' interests at the regional as well as the national level. For district and city maslikhats, where deputies need close contact with citizens, he argued that electing all of them in single-mandate districts would make local politics more competitive and bring forward new, respected politicians."),
  /* Translators: note on the status of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats) */
  NC_("status note", "Maslikhats continue under the Constitution in force since 1 July 2026; whether their electoral rules changed was not found in a stored source."),
  /* Translators: milestone of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats), dated 2022-03-16 */
  NC_("milestone", "The President proposes a mixed electoral model for the maslikhats of regions and major cities."),
  /* Translators: milestone of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats), dated 2022-06-05 */
  NC_("milestone", "Voters approve mixed elections for maslikhats."),
  /* Translators: milestone of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats), dated 2022-11-05 */
  NC_("milestone", "The laws setting out the mixed model for maslikhats are signed."),
  /* Translators: milestone of the reform "A mixed electoral system for maslikhats" (mixed-maslikhats), dated 2023-03-19 */
  NC_("milestone", "Maslikhat elections are held under the new rules."),
  /* Translators: title of the reform "akim-candidates" */
  NC_("reform title", "A choice of candidates for regional akim"),
  /* Translators: summary of the reform "A choice of candidates for regional akim" (akim-candidates) */
  NC_("reform summary", "The President proposes at least two candidates for regional akim, and the maslikhat deputies choose."),
  /* Translators: explanation of the reform "A choice of candidates for regional akim" (akim-candidates) */
  NC_("reform explanation", "The amendments require the consent of maslikhat deputies to the appointment of a regional akim, and a decree of 8 June 2022 set out the rules for that vote. In Kostanay Region on 1 December 2022 the deputies of all the region's maslikhats chose between two candidates; Kumar Aksakalov won with 192 of 244 votes. In September 2023 four regions held such votes, each with two candidates. The \"at least two\" wording has not been read in the statute itself, and whether the rule survives under the 2026 Constitution is not known."),
  /* Translators: milestone of the reform "A choice of candidates for regional akim" (akim-candidates), dated 2022-03-16 */
  NC_("milestone", "The President proposes putting at least two candidates for regional akim to the maslikhat."),
  /* Translators: milestone of the reform "A choice of candidates for regional akim" (akim-candidates), dated 2022-06-05 */
  NC_("milestone", "Voters approve that maslikhats consent to the appointment of regional akims."),
  /* Translators: milestone of the reform "A choice of candidates for regional akim" (akim-candidates), dated 2022-06-08 */
  NC_("milestone", "A decree sets the rules for maslikhat deputies to consent to the appointment of akims."),
  /* Translators: milestone of the reform "A choice of candidates for regional akim" (akim-candidates), dated 2022-12-01 */
  NC_("milestone", "Kostanay Region's deputies choose their akim from two candidates."),
  /* Translators: milestone of the reform "A choice of candidates for regional akim" (akim-candidates), dated 2023-09-05 */
  NC_("milestone", "Four regions choose their akims, each from two candidates."),
  /* Translators: title of the reform "violence-women-children" */
  NC_("reform title", "Tougher punishment for violence against women and children"),
  /* Translators: summary of the reform "Tougher punishment for violence against women and children" (violence-women-children) */
  NC_("reform summary", "Toughen the punishment for violence against women and children."),
  /* Translators: explanation of the reform "Tougher punishment for violence against women and children" (violence-women-children) */
  NC_("reform explanation", "The law on women's rights and the safety of children, No. 72-VIII, was signed on 15 April 2024 together with changes to the Code of Administrative Offences. It returns battery and minor bodily harm to the Criminal Code, from which they had been removed in 2017, allows life sentences for some crimes against children, requires the police to act even without a complaint, makes bullying and cyberbullying of minors an administrative offence and creates family support centres.\n\nPublic pressure for the law followed the Bishimbayev murder trial. Human Rights Watch criticised the law for not making domestic violence an offence in its own right. One secondary source dates its entry into force to 16 June 2024."),
  /* Translators: milestone of the reform "Tougher punishment for violence against women and children" (violence-women-children), dated 2022-03-16 */
  NC_("milestone", "The President calls for tougher punishment of violence against women and children."),
  /* Translators: milestone of the reform "Tougher punishment for violence against women and children" (violence-women-children), dated 2024-02-21 */
  NC_("milestone", "The Mazhilis passes the law."),
  /* Translators: milestone of the reform "Tougher punishment for violence against women and children" (violence-women-children), dated 2024-04-11 */
  NC_("milestone", "The Senate passes the law."),
  /* Translators: milestone of the reform "Tougher punishment for violence against women and children" (violence-women-children), dated 2024-04-15 */
  NC_("milestone", "The President signs the law on women's rights and child safety."),
  /* Translators: milestone of the reform "Tougher punishment for violence against women and children" (violence-women-children), dated 2024-06-16 */
  NC_("milestone", "The law takes effect, according to a secondary source."),
  /* Translators: title of the reform "jury-trials" */
  NC_("reform title", "Jury trials for more cases"),
  /* Translators: summary of the reform "Jury trials for more cases" (jury-trials) */
  NC_("reform summary", "Widen the range of cases heard by juries."),
  /* Translators: explanation of the reform "Jury trials for more cases" (jury-trials) */
  NC_("reform explanation", "Juries have been used in Kazakhstan since 2007. On 29 December 2022 the President signed a law amending the Criminal Procedure Code to widen the range of cases heard with jurors, as the address had asked. According to the report of the signing, it moved 13 more serious and less serious offences to jury courts from 1 January 2024, bringing the total to 44; the figure of 31 before the change is worked out from those two numbers, not stated in a source. An earlier Supreme Court draft had spoken of going from 14 to 44 categories, counted differently; that draft figure is not used here. The Supreme Court reported that courts heard twice as many jury cases in the first nine months of 2024 as a year before. A move to a classic jury, deciding without the judge, has been reported as a proposal."),
  /* Translators: milestone of the reform "Jury trials for more cases" (jury-trials), dated 2022-03-16 */
  NC_("milestone", "The President proposes extending jury trials to more categories of cases."),
  /* Translators: milestone of the reform "Jury trials for more cases" (jury-trials), dated 2022-12-29 */
  NC_("milestone", "The law widening jury jurisdiction is signed."),
  /* Translators: milestone of the reform "Jury trials for more cases" (jury-trials), dated 2024-01-01 */
  NC_("milestone", "Jury courts begin hearing the additional offences."),
  /* Translators: what a before/after figure of the reform "Jury trials for more cases" (jury-trials) measures */
  NC_("figure label", "Offences that can be tried by a jury"),
  /* Translators: title of the reform "public-involvement" */
  NC_("reform title", "More say for civil society"),
  /* Translators: summary of the reform "More say for civil society" (public-involvement) */
  NC_("reform summary", "Involve public organisations and activists more widely in decision-making."),
  /* Translators: explanation of the reform "More say for civil society" (public-involvement) */
  NC_("reform explanation", "In June 2022 a National Kurultai replaced the National Council of Public Trust. It has 117 members, is chaired by the President and meets at least once a year; it first met in Ulytau on 16 June 2022 and later in Turkistan, Atyrau, Kokshetau and Kyzylorda. A Law on Public Control, passed by the Mazhilis in May 2023, added a petition mechanism and shortened the time agencies have to answer petitions. The 2026 Constitution adds a People's Council (Halyk Kenesi) with the right to propose laws."),
  /* Translators: note on the status of the reform "More say for civil society" (public-involvement) */
  NC_("status note", "The Law on Public Control was signed on 2 October 2023. No stored source says whether the National Kurultai has met since the 2026 Constitution took effect."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2022-03-16 */
  NC_("milestone", "The President calls for wider involvement of public organisations and activists."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2022-06 */
  NC_("milestone", "A decree creates the National Kurultai (sources differ on the day)."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2022-06-16 */
  NC_("milestone", "The National Kurultai holds its first session, in Ulytau."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2023-05-31 */
  NC_("milestone", "The Mazhilis passes the Law on Public Control."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2023-10-02 */
  NC_("milestone", "The President signs Law No. 30-VIII on Public Control."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2024-03-15 */
  NC_("milestone", "The National Kurultai meets in Atyrau."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2026-01-20 */
  NC_("milestone", "The National Kurultai in Kyzylorda discusses a vice-president, a single-chamber parliament and a People's Council."),
  /* Translators: milestone of the reform "More say for civil society" (public-involvement), dated 2026-07-01 */
  NC_("milestone", "The new Constitution takes effect, with a People's Council that may propose laws."),
  /* Translators: what a before/after figure of the reform "More say for civil society" (public-involvement) measures */
  NC_("figure label", "Days for a central agency to answer a petition"),
  /* Translators: what a before/after figure of the reform "More say for civil society" (public-involvement) measures */
  NC_("figure label", "Days for a local agency to answer a petition"),
  /* Translators: title of the reform "mass-media-law" */
  NC_("reform title", "A new law on mass media"),
  /* Translators: summary of the reform "A new law on mass media" (mass-media-law) */
  NC_("reform summary", "Revise the law on mass media."),
  /* Translators: explanation of the reform "A new law on mass media" (mass-media-law) */
  /* xgettext:no-c-format */
  NC_("reform explanation", "In April 2022 the Justice Minister said a draft would reach the Mazhilis in 2023. The new law «О масс-медиа» (On Mass Media) was signed on 19 June 2024 and took effect on 20 August 2024, with some provisions following on 1 January 2025. It merges the earlier media and broadcasting laws and treats internet resources as media (\"internet publications\"), with their own registration. The share of Kazakh-language content on television and radio rises to 55 % from 2025 and 60 % from 2027, rebroadcast foreign content is cut, and officials have less time to answer journalists' requests.\n\nCritics, among them RFE/RL and rights groups, warn that the law will discourage independent journalism. Kazakhstan fell from 134th to 142nd place in the 2024 World Press Freedom Index of Reporters Without Borders."),
  /* Translators: rationale of the reform "A new law on mass media" (mass-media-law) */
  NC_("reform rationale", "In proposing the revision, the President said the media can and should raise pressing problems, but with civic responsibility: not to order from abroad in ways that polarise society, and not for hidden fees in the covert struggles of political clans."),
  /* Translators: milestone of the reform "A new law on mass media" (mass-media-law), dated 2022-03-16 */
  NC_("milestone", "The President calls for a revision of the law on mass media."),
  /* Translators: milestone of the reform "A new law on mass media" (mass-media-law), dated 2022-04-14 */
  NC_("milestone", "The Justice Minister says a new media law will go to the Mazhilis in 2023."),
  /* Translators: milestone of the reform "A new law on mass media" (mass-media-law), dated 2024-06-19 */
  NC_("milestone", "The President signs the new Law on Mass Media, No. 93-VIII."),
  /* Translators: what a before/after figure of the reform "A new law on mass media" (mass-media-law) measures */
  NC_("figure label", "Maximum share of rebroadcast foreign content"),
  /* Translators: unit of the figure "Maximum share of rebroadcast foreign content" of the reform "A new law on mass media" (mass-media-law) (shown after a number) */
  /* xgettext:no-c-format */
  NC_("figure unit", "%"),
  /* Translators: what a before/after figure of the reform "A new law on mass media" (mass-media-law) measures */
  NC_("figure label", "Deadline for answering journalists' requests"),
  /* Translators: title of the reform "new-regions" */
  NC_("reform title", "Three new regions"),
  /* Translators: summary of the reform "Three new regions" (new-regions) */
  NC_("reform summary", "Create the Abai and Ulytau regions and split Almaty Region into Zhetysu and Almaty regions."),
  /* Translators: explanation of the reform "Three new regions" (new-regions) */
  NC_("reform explanation", "A decree on the administrative-territorial structure, signed on 4 May 2022 and in force from 8 June 2022, created three regions. Abai Region, with its centre in Semey, was separated from East Kazakhstan and roughly matches the former Semipalatinsk Region. Ulytau Region, centred on Zhezkazgan, was separated from Karaganda Region and covers about the western half of the former Zhezkazgan Region. Almaty Region was split: Zhetysu Region, centred on Taldykorgan and close to the former Taldykorgan Region, was separated from it, while the rest kept the name Almaty Region and moved its centre to Qapshagay, renamed Konaev on 3 May 2022. East Kazakhstan kept Oskemen, Ridder and nine districts.\n\nKazakhstan has had 17 regions since then, besides the three cities of republican significance."),
  /* Translators: rationale of the reform "Three new regions" (new-regions) */
  NC_("reform rationale", "The President presented the new regions as a way to make public administration work better, shorten trips to the regional centre and manage internal migration, and said the Almaty agglomeration had many problems that called for splitting Almaty Region. He also stressed their cultural and spiritual meaning: Abai Region would restore \"historical justice\" to the homeland of Abai, and Ulytau would develop its tourism, industry and logistics."),
  /* Translators: milestone of the reform "Three new regions" (new-regions), dated 2022-03-16 */
  NC_("milestone", "The President proposes creating the Abai, Ulytau and Zhetysu regions."),
  /* Translators: milestone of the reform "Three new regions" (new-regions), dated 2022-05-03 */
  NC_("milestone", "Qapshagay is renamed Konaev."),
  /* Translators: milestone of the reform "Three new regions" (new-regions), dated 2022-05-04 */
  NC_("milestone", "The President signs the decree creating the three regions."),
  /* Translators: milestone of the reform "Three new regions" (new-regions), dated 2022-06-08 */
  NC_("milestone", "The Abai, Ulytau and Zhetysu regions come into existence and Konaev becomes the centre of Almaty Region."),
  /* Translators: what a before/after figure of the reform "Three new regions" (new-regions) measures */
  NC_("figure label", "Regions (oblasts)"),
  /* Translators: title of the reform "de-bureaucratisation" */
  NC_("reform title", "De-bureaucratisation of the state apparatus"),
  /* Translators: summary of the reform "De-bureaucratisation of the state apparatus" (de-bureaucratisation) */
  NC_("reform summary", "Sign a decree on de-bureaucratising the work of the state apparatus."),
  /* Translators: explanation of the reform "De-bureaucratisation of the state apparatus" (de-bureaucratisation) */
  NC_("reform explanation", "The address said a decree would be signed soon as the starting point for overhauling the internal procedures of government bodies. A commentary in Novaya Gazeta reports that a decree on de-bureaucratising the work of state bodies was issued, but its number and date have not been found. In 2023 the President said the work had begun the year before but that real de-bureaucratisation had not taken place."),
  /* Translators: rationale of the reform "De-bureaucratisation of the state apparatus" (de-bureaucratisation) */
  NC_("reform rationale", "The President presented the decree as the starting point for overhauling how state bodies work internally."),
  /* Translators: note on the status of the reform "De-bureaucratisation of the state apparatus" (de-bureaucratisation) */
  NC_("status note", "A decree was reported, but its number and date have not been found."),
  /* Translators: milestone of the reform "De-bureaucratisation of the state apparatus" (de-bureaucratisation), dated 2022-03-16 */
  NC_("milestone", "The President announces a decree on de-bureaucratisation."),
  /* Translators: milestone of the reform "De-bureaucratisation of the state apparatus" (de-bureaucratisation), dated 2023 */
  NC_("milestone", "The President says real de-bureaucratisation has not yet happened."),
  /* Translators: title of the reform "economic-reforms" */
  NC_("reform title", "A new package of economic reforms"),
  /* Translators: summary of the reform "A new package of economic reforms" (economic-reforms) */
  NC_("reform summary", "Prepare a new package of economic and public-administration reforms."),
  /* Translators: explanation of the reform "A new package of economic reforms" (economic-reforms) */
  NC_("reform explanation", "The address of 1 September 2022 set out a \"New Economic Policy\": macroeconomic stability, diversification, a smaller role for the state, support for small and medium businesses and a partnership of citizens, business and the state. Among the follow-up measures is a 2023 law on returning illegally acquired assets. The programme has not been tracked measure by measure."),
  /* Translators: note on the status of the reform "A new package of economic reforms" (economic-reforms) */
  NC_("status note", "A broad, ongoing programme rather than a single act."),
  /* Translators: milestone of the reform "A new package of economic reforms" (economic-reforms), dated 2022-03-16 */
  NC_("milestone", "The President announces a new package of economic reforms."),
  /* Translators: milestone of the reform "A new package of economic reforms" (economic-reforms), dated 2022-09-01 */
  NC_("milestone", "The next State of the Nation Address sets out a New Economic Policy."),
  /* Translators: milestone of the reform "A new package of economic reforms" (economic-reforms), dated 2023 */
  NC_("milestone", "A law on returning illegally acquired assets is passed."),
  /* Translators: note on the area of Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") */
  NC_("measure note", "The regional investment portal gives 185,500 km². The source gives no date for the area."),
  /* Translators: note on the population of Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") */
  NC_("measure note", "A Bureau of National Statistics figure as given in Wikipedia; not checked against the Bureau's own tables."),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Abai District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Aksuat District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Ayagoz District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Beskaragai District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Borodulikha District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Zharma District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Kokpekti District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Urzhar District"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "City of Semey"),
  /* Translators: district or city that Abai Region (KZ-10; official names kk "Абай облысы"; ru "область Абай") took over from East Kazakhstan Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "City of Kurchatov"),
  /* Translators: note on the area of Akmola Region (KZ-11; official names kk "Ақмола облысы"; ru "Акмолинская область") */
  NC_("measure note", "The source gives no date for the area."),
  /* Translators: note on the population of Almaty Region (KZ-19; official names kk "Алматы облысы"; ru "Алматинская область") */
  NC_("measure note", "A Bureau of National Statistics figure as given in Wikipedia; not checked against the Bureau's own tables. The figure is for the region within its borders since 8 June 2022. Before 8 June 2022 the region covered 223,911 km² and had 2,059,200 inhabitants at the start of 2020 (the region's investment portal)."),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Aksu District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Alakol District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Eskeldi District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Karatal District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Kerbulak District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Koksu District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Panfilov District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Sarkand District"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "City of Taldykorgan"),
  /* Translators: district or city that Zhetysu Region (KZ-33; official names kk "Жетісу облысы"; ru "область Жетісу") took over from Almaty Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "City of Tekeli"),
  /* Translators: note on the population of Karaganda Region (KZ-35; official names kk "Қарағанды облысы"; ru "Карагандинская область") */
  NC_("measure note", "A Bureau of National Statistics figure as given in Wikipedia; not checked against the Bureau's own tables. The figure is for the region within its borders since 8 June 2022. Before 8 June 2022 the region covered 427,982 km² (the region's investment portal); no stored source gives its population just before the split."),
  /* Translators: note on the area of Turkistan Region (KZ-61; official names kk "Түркістан облысы"; ru "Туркестанская область") */
  NC_("measure note", "Other pages give 116,902 or 117,249 km². The source gives no date for the area."),
  /* Translators: note on the population of Turkistan Region (KZ-61; official names kk "Түркістан облысы"; ru "Туркестанская область") */
  NC_("measure note", "Worked out from a Bureau of National Statistics report of mid-2023: the region's population then, less its growth since the start of the year."),
  /* Translators: note on the population of Ulytau Region (KZ-62; official names kk "Ұлытау облысы"; ru "область Ұлытау") */
  NC_("measure note", "Given in the Czech Wikipedia without a clear date; reports based on the Bureau of National Statistics give about 221,500 people in September 2023, so this figure is doubtful."),
  /* Translators: district or city that Ulytau Region (KZ-62; official names kk "Ұлытау облысы"; ru "область Ұлытау") took over from Karaganda Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Zhanaarka District"),
  /* Translators: district or city that Ulytau Region (KZ-62; official names kk "Ұлытау облысы"; ru "область Ұлытау") took over from Karaganda Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "Ulytau District"),
  /* Translators: district or city that Ulytau Region (KZ-62; official names kk "Ұлытау облысы"; ru "область Ұлытау") took over from Karaganda Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "City of Zhezkazgan"),
  /* Translators: district or city that Ulytau Region (KZ-62; official names kk "Ұлытау облысы"; ru "область Ұлытау") took over from Karaganda Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "City of Karazhal"),
  /* Translators: district or city that Ulytau Region (KZ-62; official names kk "Ұлытау облысы"; ru "область Ұлытау") took over from Karaganda Region when it was formed on 2022-06-08. Use the official name: in Kazakh "<name> ауданы" for a district and "<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian the adjective form "<name>ский район" for a district and "город <name>" for a city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it. */
  NC_("district name", "City of Satbayev"),
  /* Translators: note on the population of East Kazakhstan Region (KZ-63; official names kk "Шығыс Қазақстан облысы"; ru "Восточно-Казахстанская область") */
  NC_("measure note", "A Bureau of National Statistics figure as given in Wikipedia; not checked against the Bureau's own tables. The figure is for the region within its borders since 8 June 2022. Before 8 June 2022 the region covered 283,226 km² and had 1,378,527 inhabitants on 1 January 2019 (Bulgarian Wikipedia)."),
  /* Translators: what the source "astanatimes-senators-2023" (The Astana Times, written in "en") is: the project's own description, shown where a title would be; the source's language tag follows it */
  NC_("source description", "Report on the appointment of ten senators"),
  /* Translators: what the source "acca-observers-draft" (ACCA Media, written in "en") is: the project's own description, shown where a title would be; the source's language tag follows it */
  NC_("source description", "Report on criticism of the draft amendments to the election law that require organisations sending observers to be accredited"),
  /* Translators: what the source "debian-iso-codes" (Debian iso-codes 4.15, written in "en") is: the project's own description, shown where a title would be; the source's language tag follows it */
  NC_("source description", "iso_3166-2.json (ISO 3166-2 subdivision codes)"),
  /* Translators: what the source "geokz" (geokz (A. Rodionov), written in "en") is: the project's own description, shown where a title would be; the source's language tag follows it */
  NC_("source description", "geokz: administrative boundaries of Kazakhstan (admin centres, cnt1_2022)"),
  /* Translators: title of the vote "referendum-2022" held on 2022-06-05 */
  NC_("result title", "Referendum on amendments to the Constitution"),
  /* Translators: a choice on the ballot of the vote "referendum-2022" */
  NC_("result choice", "Yes"),
  /* Translators: a choice on the ballot of the vote "referendum-2022" */
  NC_("result choice", "No"),
  /* Translators: note on the figures of the vote "referendum-2022" */
  NC_("result note", "Final results of 7 June 2022. Shares are of everyone who took part: a further 125,859 ballots with both answers marked were valid but not counted, and 205,924 were invalid."),
  /* Translators: note on the figures by region of the vote "referendum-2022" */
  NC_("result note", "Turnout by region is the preliminary figure at the close of polls on 5 June; final figures by region were not found. Yes and no shares by region were found only for Almaty. The Central Referendum Commission reported a majority for the amendments in every region and city."),
  /* Translators: title of the vote "mazhilis-2023" held on 2023-03-19 */
  NC_("result title", "Election to the Mazhilis"),
  /* Translators: party standing in the vote "mazhilis-2023"; use the name the party is registered under in this language */
  NC_("result choice", "Amanat"),
  /* Translators: party standing in the vote "mazhilis-2023"; use the name the party is registered under in this language */
  NC_("result choice", "Auyl People's Democratic Patriotic Party"),
  /* Translators: party standing in the vote "mazhilis-2023"; use the name the party is registered under in this language */
  NC_("result choice", "Respublica"),
  /* Translators: party standing in the vote "mazhilis-2023"; use the name the party is registered under in this language */
  NC_("result choice", "Ak Zhol Democratic Party of Kazakhstan"),
  /* Translators: party standing in the vote "mazhilis-2023"; use the name the party is registered under in this language */
  NC_("result choice", "People's Party of Kazakhstan"),
  /* Translators: party standing in the vote "mazhilis-2023"; use the name the party is registered under in this language */
  NC_("result choice", "Nationwide Social Democratic Party"),
  /* Translators: party standing in the vote "mazhilis-2023"; use the name the party is registered under in this language */
  NC_("result choice", "Baytaq Green Party of Kazakhstan"),
  /* Translators: a choice on the ballot of the vote "mazhilis-2023" */
  NC_("result choice", "Against all"),
  /* Translators: a choice on the ballot of the vote "mazhilis-2023" */
  NC_("result choice", "Self-nominated and other candidates"),
  /* Translators: note on the figures of the vote "mazhilis-2023" */
  NC_("result note", "Party-list votes, shares and seats are the final results of 27 March 2023; shares are of the votes for parties and against all. Amanat’s 22 district seats follow from its 62 seats in all; the sources disagree on who won the other 7 (ElectionGuide counts 6 self-nominated winners and 1 of the Nationwide Social Democratic Party)."),
  /* Translators: title of the vote "akim-elections-2023" held on 2023-11-05 */
  NC_("result title", "Direct elections of district akims"),
  /* Translators: note on the figures of the vote "akim-elections-2023" */
  NC_("result note", "The first direct elections of the akims of 42 districts and 3 cities of regional significance, held in all 17 regions; 125 candidates stood."),
  /* Translators: title of the vote "referendum-2026" held on 2026-03-15 */
  NC_("result title", "Referendum on the new Constitution"),
  /* Translators: note on the figures of the vote "referendum-2026" */
  NC_("result note", "Final results of 17 March 2026. Shares are of everyone who took part: a further 127,868 ballots with both answers marked were valid but not counted, and 146,558 were invalid. No source found gives the share of no votes."),
  /* Translators: note on the figures by region of the vote "referendum-2026" */
  NC_("result note", "Turnout by region is the preliminary figure just after the polls closed on 15 March; no figures were found for North Kazakhstan and Ulytau, and no yes and no shares by region."),
};

G_GNUC_UNUSED static inline void
rex_content_plural_strings (void)
{
  /* Translators: unit of the figure "Members needed to register a party" of the reform "Easier registration of political parties" (party-registration-threshold), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "member", "members", 0);
  /* Translators: unit of the figure "Citizens needed in a party's initiative group" of the reform "Easier registration of political parties" (party-registration-threshold), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "citizen", "citizens", 0);
  /* Translators: unit of the figure "Time allowed to hold the founding congress" of the reform "Easier registration of political parties" (party-registration-threshold), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "month", "months", 0);
  /* Translators: unit of the figure "Senators appointed by the President" of the reform "A smaller presidential quota in the Senate" (senate-quota), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "senator", "senators", 0);
  /* Translators: unit of the figure "Mazhilis seats filled by the Assembly of the People" of the reform "A smaller presidential quota in the Senate" (senate-quota), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "seat", "seats", 0);
  /* Translators: unit of the figure "Offences that can be tried by a jury" of the reform "Jury trials for more cases" (jury-trials), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "offence", "offences", 0);
  /* Translators: unit of the figure "Days for a central agency to answer a petition" of the reform "More say for civil society" (public-involvement), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "day", "days", 0);
  /* Translators: unit of the figure "Deadline for answering journalists' requests" of the reform "A new law on mass media" (mass-media-law), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "working day", "working days", 0);
  /* Translators: unit of the figure "Regions (oblasts)" of the reform "Three new regions" (new-regions), shown after a number it agrees with */
  g_dngettext (GETTEXT_PACKAGE, "region", "regions", 0);
}
