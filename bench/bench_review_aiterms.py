"""AI terms and contracts, English and Japanese: topic status and position against hand labels.

    .venv/bin/python bench/bench_review_aiterms.py [--data ../shared/data] [--embeddings]
        [--only GLOB] [--labels bench/data/ai_terms_labels.yaml] [--quiet]

Documents: the five published generative-AI terms in ../shared/data/ai-terms, the bundled
examples in examples/contracts, and four Japanese documents written for this benchmark in
bench/data/ai-terms-ja (a vendor-friendly chat-service 利用規約, a user-friendly business
agreement with a 個人データ article, an AI model development contract, and a data provision
contract for AI training).

Labels (bench/data/ai_terms_labels.yaml): for each document and each METI core topic below, a
helper session of the project (an AI assistant, one labeller, no adjudication) read the document
and wrote `addressed` or `silent`, the position for a user (favourable / neutral / unfavourable)
and a verbatim quote, following the rubric in the YAML header. The labels were written before
the engine was run on these documents and without reading its detection rules, and were not
changed after seeing its output; debatable ones carry a `note:`. The set is small (12 documents,
168 labels) so every figure has a wide error bar: read the per-document tables, not just the
percentages.

First run (engine of 2026-11-27 before any fix, --no-embeddings, user_name flag not yet honoured):
status 153/168, position 68/119, joint 102/168. The engine was then corrected on errors this set
showed (party flags, for-cause termination, negated confidentiality, owner phrases, explicit cues
over neutral readings, topic aggregation per the rubric), so later numbers are on a development
set, not held out: the fixes were written as general rules, but they were chosen here.

Held-out set (``--labels bench/data/ai_terms_heldout_labels.yaml``): four more documents written
by another helper session (bench/data/ai-terms-heldout: a vendor-friendly Japanese generative-AI API
利用規約, a Japanese AI joint development contract, an English enterprise AI platform agreement and
English consumer AI assistant terms), 56 labels, written without reading the engine, its rules or
the development documents. First run, before anything was changed for them (engine of
2026-11-27, second session): status 55/56, position 37/45, joint 47/56 (84%; en 24/28, ja 23/28).
Two general fixes then came from their errors (a list's items decide whether a suspension right is
for cause; a list item without a verb is read with the sentence that announced it), so later
numbers on this set are no longer held out either.

Second held-out set (``--labels bench/data/ai_terms_heldout2_labels.yaml``, bench/data/ai-terms-heldout2):
written the same way after those fixes, by a third helper session that read neither the engine
nor any earlier document: a Japanese chatbot customisation (RAG) contract, Japanese B2B AI SaaS
terms with an APPI clause, an English model fine-tuning and licence agreement with a bank, and
English developer API terms; 56 labels. First run (engine of 2026-11-27, second session, commit
987d811): status 55/56, position 38/45, joint 48/56 (86%; en 25/28, ja 23/28). Its errors then
led to general fixes (甲/乙 roles in a customisation contract, 利用企業 as the user, "opt out" of
training, a vendor's duty to keep data, 「必要と当社が判断する期間」): 50/56 after them.

Third held-out set (``--labels bench/data/ai_terms_heldout3_labels.yaml``, bench/data/ai-terms-heldout3),
written the same way by a fourth helper session: a Japanese AI analytics outsourcing contract with
APPI 委託 duties, Japanese consumer image-generation terms, an English clinical AI SaaS agreement
and English consumer photo-app terms; 56 labels. First run (engine at commit 5b5f90d, after all
the fixes above): status 50/56, position 38/45, joint 43/56 (77%; en 23/28, ja 20/28). This is the
most honest figure for that engine. Fixes it led to: the standard exceptions list of a
confidentiality clause, 相手方 as either party, "terminate only:" lists, a cause the vendor itself
decides (「該当すると判断した場合」), an anti-social-forces representation read as a warranty: 48/56
after them.

Fourth and fifth held-out sets (``--labels bench/data/ai_terms_heldout4_labels.yaml`` and
``..._heldout5_labels.yaml``; bench/data/ai-terms-heldout4 and -heldout5), written the same way by two
more helper sessions on 2026-11-27 (third session): a Japanese PoC (導入検証) contract, Japanese
AI-OCR business terms, English enterprise terms for an AI coding assistant, an English data-licence
and fine-tuning agreement with a Japanese customer; a Japanese enterprise generative-AI contract with
overseas 委託先, a Japanese model development contract (準委任 + 請負), an English AI chatbot MSA with a
DPA section, English consumer companion-app terms; 56 labels each. First runs (engine at commit
ce275cb): set 4 status 54/56, position 40/47, joint 42/56 (75%; en 20/28, ja 22/28); set 5 status
50/56, position 36/45, joint 41/56 (73%; en 20/28, ja 21/28). Fixes they led to: a cap on what only
the vendor owes (「乙が甲に対して負う損害賠償の額は…上限とする」) is a vendor-only cap; the two parties
named together (「委託者及び受託者は」) act together; a definition never decides a position; export
control is not a transfer abroad; a refund of fees is not a return of data; a service's own IP and
rights in input data are not output ownership; named APPI Art. 28 safeguards make storage abroad
favourable; "twelve (12) months" is not "1 month": 49/56 and 50/56 after them.

Sixth and seventh held-out sets (``..._heldout6_labels.yaml``, ``..._heldout7_labels.yaml``), the
same way: Japanese business AI-translation terms, a Japanese trained-model licence (追加学習, 派生モデル),
English agent-platform terms (Singapore arbitration), an English EU-style SaaS agreement with a DPA
and SCCs; a Japanese call-centre AI outsourcing contract (通話録音, 委託), Japanese consumer chat-app
terms, English image-generation API terms, an English joint model development agreement with a
Japanese hospital group (JCAA arbitration). First runs (engine at commit 177f6ed): set 6 status
52/56, position 36/44, joint 44/56 (79%; en 24/28, ja 20/28); set 7 status 54/56, position 41/48,
joint 47/56 (84%; en 24/28, ja 23/28). Fixes they led to: a term's definition alone addresses no
item and decides no position; a licence the vendor grants the user is not the vendor's use of data;
「…をオフにする」 is opting out; a cap on 「乙の損害賠償責任の総額」 is a vendor-only cap; the
need-to-know exception of a mutual confidentiality clause is even-handed; look-alikes (aggregate
liability, an email address associated with an account, "as provided by", third-party claims):
51/56 and 50/56 after them.

Sets 8 to 11 (``..._heldout8_labels.yaml`` … ``..._heldout11_labels.yaml``), the same way, four
documents and 56 labels each: a Japanese RAG chatbot 準委任 contract, Japanese consumer photo-app
terms, an English standalone DPA, an English free pilot agreement (set 8); a Japanese demand-forecast
SaaS agreement with an SLA, a Japanese 共同研究契約, an English generative-AI product addendum to a
master agreement, English UK/EU consumer writing-assistant terms (set 9); Japanese AI recruiting
screening terms, a Japanese on-premise software licence with an AI module that sends logs home, an
English ambient-scribe agreement with a Japanese clinic chain, English model-hosting marketplace
terms (set 10); a Japanese municipal chatbot procurement contract, Japanese AI meeting-minutes terms,
an English enterprise LLM API agreement, English AI tutoring terms for schools (set 11). First runs:
set 8 (commit ddcd9a8) 44/56 (79%; en 22/28, ja 22/28); set 9 (ddcd9a8) 43/56 (77%; en 18/28, ja
25/28); set 10 (6a9b3ec) 42/56 (75%; en 23/28, ja 19/28); set 11 (6a9b3ec) 49/56 (88%; en 25/28,
ja 24/28). After the general fixes they led to: 45, 47, 47 and 51 of 56.

Sets 12 to 15, the same way: a Japanese order form with SaaS terms, a Japanese medical-imaging AI
contract, an English MSA whose AI exhibit overrides it, English API terms of a Japanese vendor in
translated style ("Party A"/"Party B") (set 12); a Japanese LLM fine-tuning contract, Japanese AI
camera store-analytics terms, English voice-cloning creator terms, an English SOW under an MSA
(set 13); four English documents: B2B sales-assistant terms, a document-review services agreement
with a Japanese law firm, an open-model licence with hosting, HR-analytics terms with a DPA (set
14); Japanese AI contract-review SaaS terms, a Japanese data provision contract for AI training,
English consumer AI-search terms, an English translation-API addendum (set 15). First runs: set 12
(engine of 1c1bc40) 43/56 (77%; en 17/28, ja 26/28); set 13 (1c1bc40) 35/56 (62%; en 14/28, ja
21/28); set 14 (a501cc2) 44/56 (79%, English only); set 15 (a501cc2) 49/56 (88%; en 23/28, ja
26/28). After the general fixes they led to: 45, 42, 48 and 50 of 56.

Sets 16 and 17: a Japanese BPO 業務委託基本契約 for AI customer support, Japanese generative-AI
stock-image terms, English AI code-review app terms, an English claims-analytics agreement with a
Japanese insurer (ICC arbitration in Tokyo) (set 16); a Japanese AI-OCR 請負契約, Japanese consumer
AI fortune-chat terms, English reseller pass-through terms, an English bank generative-AI pilot and
production agreement (set 17). First runs (engine of 025e61a): set 16 46/56 (82%; en 23/28, ja
23/28); set 17 43/56 (77%; en 21/28, ja 22/28); 47 and 44 after the fixes they led to.

Sets 18 to 27 (fourth session of 2026-11-27), each run once before anything was changed for it:
- set 18: a Japanese 業務委託契約 customising an LLM chatbot for a bank, Japanese business
  image-generation terms, English enterprise LLM API terms with a DPA, an English custom model
  development agreement ("Client"/"Developer"); first run (engine of 1d3b430) 48/56 (86%; en 22/28,
  ja 26/28);
- set 19: a Japanese hospital AI 共同研究開発契約 (parties あおば会/リュミナス), Japanese
  speech-recognition API terms, English consumer writing-assistant terms, an English order form with
  an AI addendum overriding an MSA; 49/56 (88%; en 26/28, ja 23/28), same engine;
- set 20 (1 ja + 3 en): Japanese AI minutes SaaS, English CV-screening platform terms, a UK
  fine-tuned model licence and hosting agreement, English agent-marketplace plugin terms; first run
  (engine of 12398e8) 41/56 (73%; en 29/42, ja 12/14);
- set 21: a Japanese AI demand-forecast development 基本契約, a Japanese data provision contract (the
  user provides the data), a Singapore clinical transcription agreement, English beta terms; 43/56
  (77%; en 23/28, ja 20/28), same engine;
- set 22: a Japanese municipal generative-AI chat contract, Japanese consumer AI English-tutor terms,
  an Australian AI analytics agreement, an English code-assistant enterprise agreement; first run
  (engine of cccd4cc) 40/56 (71%; en 18/28, ja 22/28);
- set 23: a Japanese image-inspection PoC contract, Japanese AI translation terms, a US marketing
  content MSA, an English call-recording data licence (the user licenses its data); 48/56 (86%; en
  24/28, ja 24/28), same engine;
- set 24: a Japanese call-centre AI installation and maintenance contract, Japanese image-recognition
  API developer terms, a Canadian legal-research subscription, US enterprise AI terms; first run
  (engine of 87cfc3b) 53/56 (95%; en 25/28, ja 28/28);
- set 25: a Japanese predictive-maintenance service contract, Japanese school generative-AI terms, a
  UK recruitment-screening agreement, US consumer photo-restore app terms; 46/56 (82%; en 22/28, ja
  24/28), same engine;
- set 26: a Japanese logistics AI 請負 development contract, Japanese music-generation terms, a
  German AI quality-inspection SaaS with GDPR terms, a US AI meeting-notes order form; first run
  (engine of 70b0808; four small fixes followed from sets 26 and 27) 49/56 (88%; en 22/28, ja 27/28);
- set 27: Japanese real-estate listing-copy AI terms, a Japanese bank private generative-AI platform
  業務委託契約, a Hong Kong AI analytics services agreement, English AI assistant API developer terms;
  45/56 (80%; en 19/28, ja 26/28), same engine.
The ten sets' first runs: 462/560 (82.5%); the four run on the session's later rules (sets 24-27), 193/224
(86.2%; en 88/112, ja 105/112).

Sets 28 to 31 (sixth session of 2026-11-27), all four run once on the engine of 4f4bae4 before
anything was changed for them:
- set 28: Japanese generative-AI translation SaaS terms, a Japanese medical-imaging AI joint
  development contract, an English AI coding-assistant order form and MSA ("Brightwell Labs"),
  English consumer AI image-editor terms; 51/56 (91%; en 26/28, ja 25/28);
- set 29: a Japanese call-centre speech-recognition and summary service contract (委託者/受託者), a
  Japanese generative-AI PoC contract with a 別紙, a UK data-labelling and fine-tuning services
  agreement, US speech-to-text API developer terms; 48/56 (86%; en 27/28, ja 21/28);
- set 30: Japanese legal-research generative-AI terms (提供者/利用者), a Japanese predictive-maintenance
  model development contract, a Singapore AI recruiting SaaS agreement, an English CRM DPA with
  generative-AI terms; 48/56 (86%; en 23/28, ja 25/28);
- set 31: a Japanese municipal chatbot outsourcing contract (発注者/受注者), Japanese AI household-budget
  app terms, a Delaware AI analytics MSA with an overriding AI addendum, Canadian AI meeting-notes terms;
  49/56 (88%; en 24/28, ja 25/28).
The four sets' first runs: 196/224 (87.5%; en 100/112, ja 96/112), status 221/224.

Sets 32 to 35 (same session), written after the fixes sets 28 to 31 led to and run once on the
engine of 30bc247 before anything was changed for them:
- set 32: Japanese property-image generation SaaS terms (サービス提供者/契約者), a Japanese insurance
  claims-review model 準委任 development contract, an Irish AI support-agent platform agreement with a
  data processing schedule, a New York document-extraction API licence ("Licensor"/"Licensee");
  48/56 (86%; en 25/28, ja 23/28);
- set 33: Japanese AI grading terms for schools (当社/利用校), a Japanese delivery-route AI licence and
  maintenance contract (ライセンサー/ライセンシー), California generative music and voice app terms, an
  Indian AI red-teaming services MSA; 52/56 (93%; en 26/28, ja 26/28);
- set 34: a Japanese generative-AI drafting 個別契約 with 基本契約 excerpts for a bank, Japanese AI-camera
  footfall analytics terms (当社/加盟店), a Japanese-law English on-premise LLM appliance licence, an
  Australian clinic AI triage pilot agreement; 47/56 (84%; en 22/28, ja 25/28);
- set 35: a Japanese drawing-analysis AI joint research contract, a Japanese generative-AI chatbot OEM
  agreement (提供元/販売店), English consumer AI language-tutor terms, a Washington State cloud AI
  services addendum ("Microtide"); 48/56 (86%; en 23/28, ja 25/28).
The four sets' first runs: 195/224 (87.1%; en 96/112, ja 99/112), status 217/224.

Sets 36 to 39 (same session), written after the fixes sets 32 to 35 led to and run once on the
engine of a4ab9a6 before anything was changed for them:
- set 36: Japanese AI job-ad writing terms for staffing agencies (当社/利用企業), a Japanese demand-
  forecast development contract mixing 請負 and 準委任 with a 別紙, Hong Kong AI subtitling platform
  terms, a Japanese-law English data sharing and co-development agreement with a US start-up;
  42/56 (75%; en 21/28, ja 21/28);
- set 37: a Japanese AI medical-record summary contract with a personal-data memorandum (委託者/受託者),
  Japanese AI illustration terms (運営者/ユーザー), a Swiss AI translation framework agreement, Texas AI
  sales-email assistant terms with an order form; 51/56 (91%; en 26/28, ja 25/28);
- set 38: a Japanese bank fraud-model maintenance contract, Japanese AI bookkeeping member terms
  (当社/会員), Irish student writing-extension terms, a Singapore on-device speech model licence;
  46/56 (82%; en 22/28, ja 24/28);
- set 39: a Japanese two-stage inspection-AI PoC and development contract (発注者/受注者), Japanese
  tourism multilingual chat terms, an English AI-assisted legal review services agreement, a New
  York generative-AI API reseller agreement; 53/56 (95%; en 27/28, ja 26/28).
The four sets' first runs: 192/224 (85.7%; en 96/112, ja 96/112), status 217/224.

Sets 40 to 43 (same session), written after the fixes sets 36 to 39 led to and run once on the
engine of d07b864 before anything was changed for them:
- set 40: a Japanese drone-image inspection AI 業務委託契約 for a power company, Japanese generative-AI
  minutes and translation SaaS terms with a privacy annex, a Dutch AI invoice-processing SaaS
  agreement with a DPA, Illinois consumer AI résumé app terms; 47/56 (84%; en 20/28, ja 27/28);
- set 41: a Japanese credit-scoring AI API contract for a regional bank, Japanese in-salon AI skin
  diagnosis terms (当社/導入店舗), a Japanese-law English university joint research agreement, Delaware
  AI security log-analytics terms with an SLA; 49/56 (88%; en 24/28, ja 25/28);
- set 42: a Japanese book-translation AI customisation contract, Japanese AI phone-answering terms
  (当社/利用者), an English AI fraud-monitoring framework agreement, California AI companion app terms;
  49/56 (88%; en 24/28, ja 25/28);
- set 43: a Japanese hospital imaging-AI SaaS contract with an SLA annex, Japanese generative-AI API
  developer terms (当社/開発者), a Singapore AI retail analytics MSA, an Ontario hospital AI
  transcription agreement; 43/56 (77%; en 21/28, ja 22/28).
The four sets' first runs: 188/224 (83.9%; en 89/112, ja 99/112), status 212/224.

Sets 44 to 47 (same session), written after the last fixes and run once on the session's final
engine (11d0d3c), with nothing changed for them afterwards:
- set 44: a Japanese property-management AI inquiry service contract (発注者/受注者), Japanese AI
  product-photo editing terms for online sellers (当社/出店者), a California AI code-review SaaS
  agreement with a DPA, an English data licence of a Japanese publisher's archive for model training
  (the user licenses its data); 49/56 (88%; en 23/28, ja 26/28);
- set 45: a Japanese clinical-trial data AI development contract with a CRO, Japanese consumer AI
  photo-album terms, a French generative-AI platform subscription, Colorado AI tax assistant terms;
  50/56 (89%; en 24/28, ja 26/28);
- set 46: Japanese contract-review AI application terms (提供会社/申込者), a Japanese NPC dialogue AI
  joint development contract, a Japanese-law English AI customer-support BPO agreement for an airline,
  Irish AI browser assistant terms; 48/56 (86%; en 22/28, ja 26/28);
- set 47: a Japanese municipal road-damage AI trial agreement, Japanese generative-AI drafting terms
  for professional firms (当社/会員事務所), a Massachusetts AI drug-discovery collaboration, a Victorian
  AI rostering SaaS agreement; 42/56 (75%; en 22/28, ja 20/28).
The four sets: 189/224 (84.4%; en 91/112, ja 98/112), status 214/224; the session's starting engine
(4f4bae4) scores 185/224 on them.

Sets 48 to 51 (seventh session of 2026-11-27), run once on the session's starting engine (e196508)
before anything was changed for them:
- set 48: Japanese harvest-forecast AI SaaS terms for farms (当社/お客様), a Japanese pest-image AI
  model development contract for a farm co-op, Delaware voice-cloning API terms, a New Zealand
  insurer's claims-triage AI services agreement; 47/56 (84%; en 22/28, ja 25/28);
- set 49: a Japanese city's resident-inquiry chatbot 業務委託契約 with a 個人情報取扱特記事項 annex,
  Japanese cram-school AI tutoring app terms, a German-law predictive-maintenance model
  customisation agreement, US click-through terms for a product-description generator; 46/56 (82%;
  en 22/28, ja 24/28);
- set 50: a Japanese pharmaceutical RAG literature-search 個別契約 under a 基本契約, Japanese AI
  household-budget app terms and privacy policy in one, an Ontario legal-research AI enterprise
  subscription, Irish music-generation platform terms; 48/56 (86%; en 26/28, ja 22/28);
- set 51: a Japanese logistics demand-forecast AI joint development contract, Japanese call-centre
  speech-recognition SaaS terms with a data-processing annex, a Japanese-law English LLM
  fine-tuning services agreement between an Indian vendor and a Japanese bank, New South Wales HR
  chatbot terms with a privacy addendum; 50/56 (89%; en 26/28, ja 24/28).
The four sets' first runs: 191/224 (85.3%; en 96/112, ja 95/112), status 211/224.

Sets 52 to 55 (same session), written after the first fixes sets 48 to 51 led to and run once on
b9c2060 before anything was changed for them:
- set 52: a Japanese drawing-check AI development contract (発注者/受注者), Japanese generative-AI
  photo-editing app terms, a Massachusetts clinical-documentation AI MSA with a business associate
  addendum, Singapore AI translation API terms with SIAC arbitration; 45/56 (80%; en 21/28, ja 24/28);
- set 53: a Japanese regional bank's credit-scoring AI SaaS contract, a Japanese publisher's data
  provision contract for AI training (the publisher is the user), a California AI meeting-notes
  enterprise agreement whose "AI Feature Terms" override the main terms, an English-law UK
  public-sector AI triage call-off contract; 42/56 (75%; en 20/28, ja 22/28);
- set 54: a Japanese retail demand-forecast AI maintenance contract (準委任), Japanese generative-AI
  API developer terms, a Texas white-label AI copywriting reseller agreement, a Japanese-law English
  research collaboration between a Japanese university and a US AI lab; 46/56 (82%; en 21/28, ja
  25/28);
- set 55: a Japanese care-home camera AI service contract with leased equipment, Japanese
  contract-review AI terms for law firms, Florida AI fitness-coaching app terms, a Dutch-law AI
  quality-inspection SaaS agreement with a processing schedule and an SLA; 47/56 (84%; en 22/28, ja
  25/28).
The four sets' first runs: 180/224 (80.4%; en 84/112, ja 96/112), status 215/224; the session's
starting engine (e196508) scores the same 180/224 on them, set by set: the first round's fixes did
not reach this round's misses.

Sets 56 to 59 (same session), written after the fixes sets 52 to 55 led to and run once on 62e991d
before anything was changed for them:
- set 56: Japanese recruiting job-posting AI SaaS terms (契約者/当社), a Japanese power-grid equipment
  AI joint research contract, a New York CRM MSA with generative-AI product terms, British Columbia
  AI photo-restoration app terms; 52/56 (93%; en 25/28, ja 27/28);
- set 57: a Japanese visual-inspection AI contract mixing 請負 and 準委任, Japanese municipal AI
  minutes cloud terms (LGWAN), an Irish-law AI support chatbot SaaS with SCCs, an English-law news
  archive licence for model training (the licensor is the user); 49/56 (88%; en 25/28, ja 24/28);
- set 58: a Japanese insurer's voice-AI PoC contract, Japanese AI English-conversation app terms, a
  Delaware on-premises LLM licence, a Washington AI model marketplace agreement; 49/56 (88%; en
  23/28, ja 26/28);
- set 59: a Japanese real-estate image AI customisation contract (基本契約 and 個別契約), Japanese
  medical questionnaire AI terms with a personal-data annex, Illinois AI résumé-screening terms, a
  New South Wales hospital rostering AI agreement with a privacy schedule; 47/56 (84%; en 24/28, ja
  23/28).
The four sets' first runs: 197/224 (87.9%; en 97/112, ja 100/112), status 213/224; the session's
starting engine (e196508) scores 195/224 on them.

Sets 60 to 63 (same session), written after the fixes sets 56 to 59 led to and run once on 7fe0c20
before anything was changed for them:
- set 60: a Japanese generative-AI ad-copy outsourcing contract, Japanese AI bookkeeping cloud terms
  with named overseas subcontractors, a Swiss-law AI anti-money-laundering monitoring agreement, a
  California open-weights model hosting developer terms; 44/56 (79%; en 24/28, ja 20/28);
- set 61: a Japanese railway track-inspection AI agreement in phases, Japanese AI fortune-telling chat
  app terms with paid points, a Japanese-law English speech-analytics agreement with a Korean vendor,
  New Jersey AI tax-assistant terms for accounting firms; 43/56 (77%; en 21/28, ja 22/28);
- set 62: a Japanese combined NDA and RAG PoC contract, a Japanese board of education's AI drill
  contract, a German-law English MSA with a Japanese AI vendor (ICC arbitration in Frankfurt),
  California AI children's storybook app terms; 43/56 (77%; en 22/28, ja 21/28);
- set 63: a Japanese hospital imaging-AI joint development contract, Japanese e-commerce AI
  recommendation API terms, a Hong Kong-law contract-analytics agreement for a bank with a security
  schedule, Oregon AI writing extension terms; 50/56 (89%; en 25/28, ja 25/28).
The four sets' first runs: 180/224 (80.4%; en 92/112, ja 88/112), status 210/224; the session's
starting engine (e196508) scores 173/224 on them.

Sets 64 to 67 (same session), written after the last fixes and run once on the session's final
engine (8ffa981), with nothing changed for them afterwards:
- set 64: a Japanese department-store AI avatar development and operation contract, Japanese
  generative-AI knowledge-search terms for small firms, an Ontario municipality's AI permit-review
  agreement, English-law AI language-learning app terms; 47/56 (84%; en 23/28, ja 24/28);
- set 65: a Japanese clinical-data AI analysis contract with a CRO, Japanese AI video-editing terms
  for creators, a Minnesota AI crop-disease detection subscription for a farm cooperative, an
  Indian-law AI OCR platform agreement with data localisation; 47/56 (84%; en 24/28, ja 23/28);
- set 66: a Japanese city and university tourism-demand AI joint research contract, Japanese B2B
  generative-AI translation API terms, a Japanese-law English drafting-copilot agreement with a
  Singapore vendor (SIAC seat), Nevada AI companion app terms; 49/56 (88%; en 25/28, ja 24/28);
- set 67: a Japanese construction-machinery remote-monitoring AI joint business contract, Japanese
  AI tax-return checking terms for tax firms, a Belgian-law AI HR analytics SaaS agreement with a
  GDPR annex, Colorado voice-recognition SDK developer terms; 48/56 (86%; en 24/28, ja 24/28).
The four sets: 191/224 (85.3%; en 96/112, ja 95/112), status 216/224; the session's starting engine
(e196508) scores 187/224 on them.

Sets 68 to 71 (eighth session, 2026-11-27), written at the session's start and run once on its
starting engine (0b15497) before anything was changed for them:
- set 68: a Japanese securities firm's AI trade-surveillance 業務委託契約 (委託者/受託者), Japanese AI
  nail-art app terms, a Scots-law legal-aid triage chatbot agreement for a charity, Texas
  route-optimisation API developer terms; 51/56 (91%; en 23/28, ja 28/28);
- set 69: a Japanese electric utility's meter-image recognition contract from PoC to development
  (発注者/開発者), Japanese AI menu and recipe terms for restaurants, a Japanese-law English game-art
  outsourcing agreement with a Vietnamese vendor (JCAA seat in Tokyo), Washington AI
  coding-assistant enterprise terms; 48/56 (86%; en 22/28, ja 26/28);
- set 70: a Japanese pharmacy chain's medication-history summarisation SaaS with a personal-data
  memorandum, Japanese AI real-estate appraisal API terms, a New York on-premises underwriting model
  licence, Victorian AI essay-feedback terms for schools; 43/56 (77%; en 20/28, ja 23/28);
- set 71: a Japanese anime studio's in-between frame AI development contract, Japanese no-code
  chatbot builder terms, a Delaware-law synthetic-data agreement with a Japanese automaker (JCAA seat
  in Tokyo), Irish-law dating-app AI matching terms; 51/56 (91%; en 24/28, ja 27/28).
The four sets' first runs: 193/224 (86.2%; en 89/112, ja 104/112), status 211/224.

Sets 72 to 75 (same session), written after the fixes sets 68 to 71 led to and run once on fdc52bf
before anything was changed for them:
- set 72: a Japanese food manufacturer's on-premises anomaly-detection ソフトウェア使用許諾契約 with a
  maintenance annex, Japanese AI pet-health chat app terms, a Quebec-law bank call-summarisation
  SaaS agreement, Massachusetts AI grant-writing terms for non-profits; 46/56 (82%; en 21/28, ja
  25/28);
- set 73: a Japanese prefecture's generative-AI PR drafting 業務委託 with a security annex, Japanese
  physicians' dictation transcription terms, an English-law retail MSA with an AI SOW and an Indian
  vendor, Arizona AI listing-generator terms; 50/56 (89%; en 27/28, ja 23/28);
- set 74: a Japanese shipping route-optimisation 共同開発契約 with a university spin-off, Japanese
  sales-call analysis SaaS terms with an overseas LLM, a Singapore-law KYC verification agreement
  for a Japanese fintech (SIAC seat), Georgia AI resume-builder app terms; 50/56 (89%; en 25/28, ja
  25/28);
- set 75: a Japanese hospital group's imaging データ提供契約 (the provider is the user), Japanese AI
  fashion-coordination terms, a New Zealand irrigation-advice subscription, Japanese-law English
  subtitle-translation API terms; 51/56 (91%; en 25/28, ja 26/28).
The four sets' first runs: 197/224 (87.9%; en 98/112, ja 99/112), status 216/224; the session's
starting engine (0b15497) scores the same 197/224 on them: the first round's fixes did not reach
this round's misses.

Sets 76 to 79 (same session), written after the fixes sets 72 to 75 led to and run once on 8d652ae
before anything was changed for them:
- set 76: a Japanese railway's AI station-announcement voice contract (請負, then 準委任 maintenance),
  Japanese generative-AI logo and trademark-search terms, a Delaware-law clinical-trial
  site-matching agreement for a Japanese pharmaceutical company with a processing exhibit, Nova
  Scotia snow-removal dispatch app terms; 46/56 (82%; en 21/28, ja 25/28);
- set 77: a Japanese insurance agencies' FAQ chatbot カスタマイズ契約, Japanese AI karaoke coaching
  app terms, a Hong Kong-law trade-finance document-checking agreement (HKIAC), Ohio dental X-ray
  second-opinion terms with a business associate clause; 47/56 (84%; en 23/28, ja 24/28);
- set 78: a Japanese 基本契約 and 個別契約 for predictive quality inspection (the individual contract
  overrides), Japanese address-geocoding API terms, a German-law speech-to-text licence for a
  Japanese car-navigation maker, Utah AI bookkeeping app terms; 43/56 (77%; en 19/28, ja 24/28);
- set 79: a Japanese city's childcare-allocation AI contract with a personal-information annex,
  Japanese AI novel-writing terms, a Japanese-law English supply-chain forecasting agreement with a
  Swedish vendor (Stockholm seat), Illinois AI voice-cloning terms; 47/56 (84%; en 22/28, ja
  25/28).
The four sets' first runs: 183/224 (81.7%; en 85/112, ja 98/112), status 215/224; the session's
starting engine (0b15497) scores 180/224 on them.

Sets 80 to 83 (same session), written after the fixes sets 76 to 79 led to and run once on e3334bf
before anything was changed for them:
- set 80: a Japanese construction firm's bridge crack-detection 業務委託 with drone photography,
  Japanese AI meeting-minutes SaaS terms for law firms, an Irish-law enterprise AI assistant
  subscription for a Japanese maker's European subsidiary (SCCs), Tennessee AI music-stem app terms;
  52/56 (93%; en 25/28, ja 27/28);
- set 81: a Japanese regional bank's loan-document OCR 技術検証契約, Japanese children's pronunciation
  app terms accepted by a parent, a Japanese-law English licence of a self-hosted Japanese LLM to a
  US media company (JCAA seat in Tokyo), a Queensland mining predictive-maintenance SaaS agreement;
  43/56 (77%; en 20/28, ja 23/28);
- set 82: a Japanese hotel chain's dynamic-pricing model development and maintenance contract,
  Japanese AI image-upscaling terms with free and paid plans, a California-law content-moderation
  API agreement for a Japanese game publisher, Scots-law hill-walking route app terms; 51/56 (91%;
  en 26/28, ja 25/28);
- set 83: a Japanese university hospital's sepsis early-warning 共同研究契約 with 仮名加工情報
  provisions, Japanese review-summary plug-in terms for online shops, a Korean-law webtoon colouring
  agreement with a Seoul studio (KCAB seat), Michigan auto-repair estimate app terms; 42/56 (75%; en
  21/28, ja 21/28).
The four sets' first runs: 188/224 (83.9%; en 92/112, ja 96/112), status 211/224; the session's
starting engine (0b15497) scores 183/224 on them.

Sets 84 to 87 (same session), written after the last fixes and run once on the session's final
engine (6ca4446), with nothing changed for them afterwards:
- set 84: a Japanese supermarket's shelf stock-out detection service contract with cameras, Japanese
  AI tax Q&A chatbot terms, a Japanese-law English synthetic-voice agreement between a Japanese game
  studio and a Canadian vendor, a Virginia AI alert-triage managed service agreement; 45/56 (80%;
  en 20/28, ja 25/28);
- set 85: a Japanese ward office's consultation-record summarisation contract with a
  personal-information annex, Japanese receipt-OCR API terms, a French-law perfume-formulation R&D
  collaboration, Wisconsin dairy-herd monitoring terms; 47/56 (84%; en 21/28, ja 26/28);
- set 86: a Japanese patent prior-art search 準委任 contract, Japanese wedding-speech generator
  terms, an English-law fraud-scoring agreement with a Japanese vendor (LCIA seat), North Carolina
  sermon transcription app terms; 44/56 (79%; en 21/28, ja 23/28);
- set 87: a Japanese agricultural cooperative's fruit-grading AI development contract with
  acceptance testing, Japanese generative-AI slide SaaS terms with a zero-retention option, a
  Washington AI translation agreement for a Japanese law firm's Seattle office, New South Wales AI
  tutoring marketplace terms; 52/56 (93%; en 27/28, ja 25/28).
The four sets: 188/224 (83.9%; en 89/112, ja 99/112), status 216/224; the session's starting engine
(0b15497) scores 180/224 on them.

Sets 88 to 91 (ninth session, 2026-11-27), run once on the engine the session started from (16d5ef8)
before anything was changed for them:
- set 88: a Japanese logistics firm's delivery-route optimisation 請負 contract with 検収, Japanese
  résumé-screening SaaS terms for HR departments, a Singapore-law airline chatbot agreement (SIAC
  seat), Texas dental X-ray analysis terms; 52/56 (93%; en 25/28, ja 27/28);
- set 89: a Japanese water utility's leak-detection 実証実験 agreement, Japanese AI fortune-telling app
  terms, a New York-law enterprise LLM API agreement with a Japanese trading house, Ontario AI
  bookkeeping terms; 43/56 (77%; en 21/28, ja 22/28);
- set 90: a Japanese drug maker's clinical-translation SaaS 基本契約 with 個別契約, Japanese AI
  karaoke-scoring app terms, a Delaware-law fine-tuning services agreement for a Japanese insurer,
  Victorian real-estate listing copywriter terms; 48/56 (86%; en 24/28, ja 24/28);
- set 91: a Japanese railway's track-inspection video 準委任 contract, Japanese pet-health chat terms,
  a German-law visual quality-inspection licence for a Japanese supplier's plant, Florida
  legal-intake chatbot terms; 50/56 (89%; en 24/28, ja 26/28).
The four sets' first runs: 193/224 (86.2%; en 94/112, ja 99/112), status 216/224.

Sets 92 to 95 (same session), written after the fixes sets 88 to 91 led to and run once on a50a900
before anything was changed for them:
- set 92: a Japanese department store's call-summary 業務委託契約 with a personal-information annex,
  Japanese generative-AI logo design terms, a Hong Kong-law trade-document OCR agreement with a
  Japanese freight forwarder (HKIAC seat), Arizona gym form-coaching app terms; 46/56 (82%; en
  22/28, ja 24/28);
- set 93: a Japanese prefecture's disaster-information chatbot 委託契約, Japanese AI
  English-conversation app terms, an English-law contract-drafting assistant subscription for a
  Japanese law firm's London office, Colorado wildfire-risk scoring API terms; 49/56 (88%; en 24/28,
  ja 25/28);
- set 94: a Japanese steelmaker's blast-furnace prediction 共同開発契約 with a university spin-off,
  Japanese fridge-photo recipe app terms, a Massachusetts-law pathology-slide analysis agreement
  with a Japanese hospital group, British Columbia podcast-editing app terms; 49/56 (88%; en 23/28,
  ja 26/28);
- set 95: a Japanese securities firm's RAG knowledge-search SaaS 利用契約, Japanese baby-sleep camera
  app terms, a Dutch-law customs-classification API agreement with a Japanese exporter, Georgia
  sermon-translation app terms; 53/56 (95%; en 26/28, ja 27/28).
The four sets' first runs: 197/224 (87.9%; en 95/112, ja 102/112), status 214/224; the session's
starting engine (16d5ef8) also scores 197/224 on them.

Sets 96 to 99 (same session), written after the fixes sets 92 to 95 led to and run once on 93ee289
before anything was changed for them:
- set 96: a Japanese builder's site-safety image recognition ソフトウェア使用許諾契約 with a support annex,
  Japanese handwriting-to-text note app terms for students, a California-law marketing-copy platform
  agreement with a Japanese cosmetics brand (JAMS seat), Irish-law meeting transcription terms;
  51/56 (91%; en 27/28, ja 24/28);
- set 97: a Japanese card company's fraud-model データ提供契約, Japanese room-photo interior app terms with
  a furniture marketplace, a Japanese-law English demand-forecasting SaaS agreement with a Thai
  retailer, Texas veterinary-records summarisation terms; 49/56 (88%; en 25/28, ja 24/28);
- set 98: a Japanese city library's recommendation and reference chatbot 賃貸借・保守契約, Japanese
  stock-photo generation API terms, a Swiss-law pharmacovigilance case-intake agreement with a
  Japanese drug maker (Geneva seat), Nevada casino chat-assistant terms; 51/56 (91%; en 25/28, ja
  26/28);
- set 99: a Japanese insurer's claims-document reading 技術検証契約 with a development option, Japanese
  dating-profile writing app terms, a Singapore-law port-scheduling licence from a Japanese vendor,
  Minnesota grant-reviewer terms; 49/56 (88%; en 24/28, ja 25/28).
The four sets' first runs: 200/224 (89.3%; en 101/112, ja 99/112), status 215/224; the session's
starting engine (16d5ef8) scores 199/224 on them.

Sets 100 to 103 (same session), written after the fixes sets 96 to 99 led to and run once on 411483d
before anything was changed for them:
- set 100: a Japanese broadcaster's automatic-subtitle 開発・運用委託契約, Japanese receipt-scanning
  household-budget app terms with bank links, a New South Wales-law drone survey analytics agreement
  with a Japanese trading company's subsidiary, Oregon hive-health app terms; 45/56 (80%; en 24/28,
  ja 21/28);
- set 101: a Japanese care operator's fall-detection camera サービス利用契約 with 要配慮個人情報, Japanese
  novel-writing assistant terms with a contest, a New Jersey-law patient-matching platform agreement
  with a Japanese CRO, Scots-law whisky-cask forecasting terms; 50/56 (89%; en 23/28, ja 27/28);
- set 102: a Japanese utility's demand-forecasting モデル開発契約 in the METI model-contract style,
  Japanese children's karuta quiz app terms accepted by a parent, a Korean-law webtoon translation
  agreement with a Japanese publisher, Pennsylvania interview-scoring terms; 45/56 (80%; en 21/28,
  ja 24/28);
- set 103: a Japanese shipping company's fuel-optimisation 準委任契約, Japanese meeting-minutes app terms
  for freelancers, a French-law perfume-image licence with a Japanese retailer, Ohio crop-claims
  photo terms; 45/56 (80%; en 23/28, ja 22/28).
The four sets' first runs: 185/224 (82.6%; en 91/112, ja 94/112), status 204/224; the session's
starting engine (16d5ef8) scores 179/224 on them.

Sets 104 to 107 (same session), written after the fixes sets 100 to 103 led to and run once on
28b0be4 before anything was changed for them:
- set 104: a Japanese cosmetics maker's review-sentiment 業務委託契約, Japanese sign-language translation
  app terms, a Delaware-law COBOL-to-Java migration agreement with a Japanese regional bank,
  Manitoba farm-equipment maintenance app terms; 47/56 (84%; en 21/28, ja 26/28);
- set 105: a Japanese airport's baggage anomaly-detection 保守運用委託契約, Japanese manga-colouring terms
  with a commercial plan, a Japanese-law English legal-research subscription for a Vietnamese law
  firm (JCAA seat), Kentucky horse-racing app terms; 49/56 (88%; en 24/28, ja 25/28);
- set 106: a Japanese university's plagiarism and AI-text detection SaaS 利用契約, Japanese tarot
  voice-call app terms with points, a New York-law ad-creative testing agreement with a Japanese
  beverage company (AAA seat), Queensland reef-tour booking chatbot terms; 52/56 (93%; en 25/28, ja
  27/28);
- set 107: a Japanese food wholesaler's demand-forecasting 共同研究開発契約 with a university, Japanese
  résumé-writing app terms, an English-law claims-triage agreement with a Japanese insurer's UK
  branch, Utah genealogy transcription terms; 49/56 (88%; en 24/28, ja 25/28).
The four sets: 197/224 (87.9%; en 94/112, ja 103/112), status 214/224; the session's starting engine
(16d5ef8) scores 196/224 on them.

Sets 108 to 111 (same session), written after the fixes sets 104 to 107 led to and run once on
4722b61 before anything was changed for them:
- set 108: a Japanese hospital's radiology-report drafting 導入・保守契約 with 匿名加工 provisions, Japanese
  fishing-spot forecast app terms, a Texas-law drilling telemetry agreement with a Japanese trading
  company's US subsidiary, New Zealand pasture-monitoring app terms; 48/56 (86%; en 23/28, ja
  25/28);
- set 109: a Japanese city hall's email-reply drafting 委託契約 with 情報公開 clauses, Japanese pet-portrait
  app terms with paid prints, a British Columbia-law wildfire-smoke forecast API agreement with a
  Japanese paper company, Maryland crab catch-reporting app terms; 50/56 (89%; en 25/28, ja 25/28);
- set 110: a Japanese fab's wafer-defect classification ライセンス及び保守契約, Japanese bedtime-story
  generator terms, an Indian-law call-centre scoring agreement with a Japanese telecom's India unit
  (Mumbai seat), Wisconsin cheese-ageing monitoring terms; 50/56 (89%; en 25/28, ja 25/28);
- set 111: a Japanese ticketing company's customer-chat SaaS 利用契約 with an SLA annex, Japanese
  meal-photo calorie app terms, a Japanese-law frame-interpolation licence between a Philippine
  animation house and a Tokyo studio (SIAC seat), Louisiana port camera analytics terms; 48/56 (86%;
  en 22/28, ja 26/28).
The four sets' first runs: 196/224 (87.5%; en 95/112, ja 101/112), status 216/224; the session's
starting engine (16d5ef8) scores 194/224 on them.

Sets 112 to 115 (same session), written after the last fixes and run once on the session's final
engine (4442561), with nothing changed for them afterwards:
- set 112: a Japanese toy maker's complaint-triage 業務委託契約 with a call-centre BPO, Japanese
  golf-swing analysis app terms, a Japanese-law English patent-drawing agreement between an Osaka
  vendor and a US law firm, South Australia grape-ripeness forecasting terms; 47/56 (84%; en 23/28,
  ja 24/28);
- set 113: a Japanese regional bank's explainable loan-screening 開発委託契約, Japanese travel-itinerary
  app terms with affiliate links, a Delaware-law log-triage managed service agreement with a
  Japanese automaker's US arm, Idaho potato-storage monitoring terms; 50/56 (89%; en 22/28, ja
  28/28);
- set 114: a Japanese textbook publisher's question-generation 共同事業契約 with revenue sharing, Japanese
  elderly-care voice companion terms accepted by family members, a German-law predictive-maintenance
  platform agreement (Frankfurt courts), Vermont sap-flow forecasting app terms; 48/56 (86%; en
  24/28, ja 24/28);
- set 115: a Japanese convenience-store chain's planogram SaaS 利用契約, Japanese comedy-script
  assistant terms with a marketplace, a Singapore-law shipping-document fraud API agreement with a
  Japanese bank's branch (SIAC seat), Alaska vessel engine monitoring terms; 52/56 (93%; en 25/28,
  ja 27/28).
The four sets: 197/224 (87.9%; en 94/112, ja 103/112), status 215/224; the session's starting engine
(16d5ef8) scores 192/224 on them.

Sets 116 to 119 (tenth session, 2026-11-28), run once on the engine the session started from
(ca09fa9) before anything was changed for them:
- set 116: a Dublin code-review bot's enterprise terms, an Ontario clinical-coding services
  agreement with a hospital, Japanese home-garden plant-disease app terms, a city's public-comment
  summary 業務委託契約; 48/56 (86%; en 21/28, ja 27/28);
- set 117: Scottish wedding-speech app terms, an Illinois freight-invoice audit MSA with a Tokyo
  logistics firm, Japanese calligraphy feedback app terms, a bank's LLM rules-Q&A ソフトウェア開発委託契約;
  49/56 (88%; en 25/28, ja 24/28);
- set 118: a Dutch flood-mapping API licence to an Osaka insurer, California language-exchange chat
  app terms, a construction take-off SaaS利用契約 between two Japanese companies, Japanese old-document
  family-tree app terms; 47/56 (84%; en 24/28, ja 23/28);
- set 119: a Swedish voice-cloning processing and hosting agreement with a Tokyo audiobook
  publisher, Colorado hiking-safety app terms, a fish-farm feeding PoC契約, Japanese used-car
  appraisal chatbot terms; 45/56 (80%; en 23/28, ja 22/28).
The four sets' first runs: 189/224 (84.4%; en 93/112, ja 96/112), status 218/224; the session's
starting engine (ca09fa9) scores 189/224 on them.

Sets 120 to 123 (same session), written after the fixes sets 116 to 119 led to and run once on
2349e96 before anything was changed for them:
- set 120: a Virginia e-discovery platform agreement with a Tokyo law firm, New Zealand sleep and
  dream-journal app terms, Japanese haiku critique app terms, a power company's drone power-line
  inspection 共同開発契約; 48/56 (86%; en 24/28, ja 24/28);
- set 121: a Barcelona shelf-gap detection SaaS agreement with a Japanese supermarket chain, Quebec
  sheet-music transcription terms, a drug package-insert translation 業務委託契約, Japanese real-estate
  photo enhancement terms for agents; 53/56 (95%; en 26/28, ja 27/28);
- set 122: a Michigan weld-inspection model licence to a Nagoya supplier, Cape Town maths-tutor
  chatbot terms, Japanese meal-plan app terms for people with diabetes, a prefecture's river-level
  forecasting 保守運用契約; 48/56 (86%; en 26/28, ja 22/28);
- set 123: a Texas chatbot-engine reseller agreement with a Tokyo IT firm, Norfolk
  birdsong-identification app terms, Japanese Go-review app terms, a shinkin bank's
  default-prediction データ提供及び分析委託契約; 46/56 (82%; en 24/28, ja 22/28).
The four sets' first runs: 195/224 (87.1%; en 100/112, ja 95/112), status 212/224; the session's
starting engine (ca09fa9) scores 195/224 on them.

Sets 124 to 127 (same session), run once on 51c9337 (after the fixes of sets 120 to 123) before
anything was changed for them:
- set 124: a Toronto earnings-call speech-to-text API agreement with a Tokyo securities firm, Maine
  houseplant chatbot terms, Japanese kimono styling app terms, an ekiben demand-forecast 準委任契約;
  51/56 (91%; en 25/28, ja 26/28);
- set 125: an Edinburgh RAG-services agreement with a Kyoto museum, Sydney baby-name app terms,
  Japanese business-email correction SaaS terms, a veterinary group's AI imaging 導入契約; 47/56 (84%;
  en 25/28, ja 22/28);
- set 126: a London lab's corpus licence from a Tokyo dictionary publisher, Minnesota recipe-scaling
  app terms, Japanese stock-news summary app terms, a city's drone bridge-inspection 業務委託契約; 47/56
  (84%; en 24/28, ja 23/28);
- set 127: a Berlin OEM licence of a translation engine to a Japanese electronics maker, Dublin
  portfolio-builder terms, Japanese composition app terms, a food factory's on-premise inspection
  model ライセンス及び保守契約; 50/56 (89%; en 24/28, ja 26/28).
The four sets' first runs: 195/224 (87.1%; en 98/112, ja 97/112), status 211/224; the session's
starting engine (ca09fa9) scores 194/224 on them.

Sets 128 to 131 (same session), run once on bd3d57a (after the fixes of sets 124 to 127) before
anything was changed for them; set 131 was written twice: the first helper ran git log and so saw
commit messages, and its documents were deleted unused:
- set 128: a Munich prior-art search subscription with a Tokyo patent firm, a Vancouver nonprofit's
  pet-adoption chatbot terms, Japanese résumé-photo retouching app terms, an insurer's generative-AI
  call-centre 業務委託契約 with a BPO vendor; 47/56 (84%; en 25/28, ja 22/28);
- set 129: a Helsinki elevator predictive-maintenance MSA with a Tokyo building manager, Austin
  bedtime-meditation voice app terms, Japanese job-hunting entry-sheet feedback terms, a drug
  maker's literature-screening 開発委託契約 assigning copyright; 48/56 (86%; en 23/28, ja 25/28);
- set 130: a Singapore ad-copy localisation platform agreement with a Japanese cosmetics brand,
  Nashville guitar-tab generator terms, Japanese crop-price forecast app terms, a town office's AI
  minutes クラウドサービス利用契約; 48/56 (86%; en 23/28, ja 25/28);
- set 131: a Copenhagen bed-occupancy forecasting licence and hosting agreement with a Japanese
  hospital group, Melbourne crossword-generator terms, Japanese fishing-tackle shop chat assistant
  terms, a law firm's hearing-transcription 業務委託契約; 53/56 (95%; en 26/28, ja 27/28).
The four sets' first runs: 196/224 (87.5%; en 97/112, ja 99/112), status 215/224; the session's
starting engine (ca09fa9) scores 195/224 on them.

Sets 132 to 135 (same session), run once on 44d0ca5 (after the fixes of sets 128 to 131) before
anything was changed for them:
- set 132: a Lyon warehouse robot path-planning SaaS agreement with a Japanese 3PL, Miami
  tattoo-design app terms, Japanese sign-language practice app terms, a listed company's
  shareholder-meeting transcription and summary 業務委託契約; 46/56 (82%; en 21/28, ja 25/28);
- set 133: Seattle geocoding API terms used by Japanese delivery companies, a Bengaluru churn-model
  consulting and development agreement with a Japanese telecom reseller, Japanese picture-book
  reading app terms with parent accounts, a care operator's attendance anomaly-detection SaaS契約;
  51/56 (91%; en 27/28, ja 24/28);
- set 134: a Tel Aviv mammography second-reader licence to a Japanese screening clinic chain,
  Seattle role-playing game-master chatbot terms, Japanese paperwork assistant app terms, a sake
  brewery's fermentation-control 共同開発契約 with an IoT company; 46/56 (82%; en 26/28, ja 20/28);
- set 135: an Amsterdam payment fraud-screening managed service agreement with a Japanese payment
  processor, Leeds home-energy advisor app terms, Japanese homework-help chatbot terms for junior
  high students, a broadcaster's subtitle engine ライセンス契約; 52/56 (93%; en 26/28, ja 26/28).
The four sets' first runs: 195/224 (87.1%; en 100/112, ja 95/112), status 215/224; the session's
starting engine (ca09fa9) scores 194/224 on them.

Sets 136 to 139 (same session), run once on 5603e7f (after the fixes of sets 132 to 135) before
anything was changed for them, and never used for a fix: the rules changed twice more after them,
from other sets' misses:
- set 136: a Boston clause-extraction licence to a Tokyo trading company, Seoul selfie skin-care
  advisor terms, a bank subsidiary's Japanese household-budget coaching chatbot terms, a university
  library's catalogue-metadata 業務委託契約; 52/56 (93%; en 26/28, ja 26/28);
- set 137: a Dublin claims-document reading data processing and AI services agreement with a
  Japanese life insurer, Lisbon travel voice-translator terms, Japanese pet-behaviour camera app
  terms, a drugstore chain's inventory-optimisation システム開発請負契約; 51/56 (91%; en 26/28, ja 25/28);
- set 138: a research and data-sharing agreement between a UK nowcasting startup and a Japanese
  railway, Toronto board-game rules app terms, Japanese matchmaking profile-writing assistant terms,
  a shopping mall's people-counting camera 保守契約; 51/56 (91%; en 26/28, ja 25/28);
- set 139: a Kraków review-summary widget licence to a Japanese marketplace, Oregon
  plant-identification and foraging terms, Japanese audition self-tape feedback app terms, a
  carmaker's driving-data データ利活用契約 with an AI startup; 50/56 (89%; en 24/28, ja 26/28).
The four sets' first runs: 204/224 (91.1%; en 102/112, ja 102/112), status 217/224; the session's
starting engine (ca09fa9) scores 201/224 on them.

Sets 140 to 143 (same session), run once on 7cfaafc (after further fixes from older sets' misses)
before anything was changed for them:
- set 140: a Chicago spend-classification master agreement with a Japanese manufacturer, Edinburgh
  dog-walking planner terms, Japanese ID-photo background-removal terms, a mutual-aid association's
  claims fraud-detection 業務委託契約; 49/56 (88%; en 25/28, ja 24/28);
- set 141: a Zurich on-premise code-assistant licence to a Japanese bank's IT subsidiary, Austin
  lyrics co-writing app terms, Japanese flea-market listing generator terms, a water utility's
  water-quality 共同研究開発契約; 48/56 (86%; en 26/28, ja 22/28);
- set 142: a Minneapolis regulatory-drafting services agreement with a Japanese device maker,
  Adelaide wine-label scanner terms, Japanese New Year card design app terms, a staffing company's
  interview-video analysis SaaS利用契約; 50/56 (89%; en 26/28, ja 24/28);
- set 143: a Vancouver handwritten-form OCR API agreement with a Japanese municipal-services
  contractor, Copenhagen fitness-class recommendation terms, Japanese travel-insurance claim chatbot
  terms, an auto-parts maker's predictive quality-control 導入支援契約; 49/56 (88%; en 26/28, ja 23/28).
The four sets' first runs: 196/224 (87.5%; en 103/112, ja 93/112), status 215/224; the session's
starting engine (ca09fa9) scores 195/224 on them.

Sets 144 to 147 (same session), written after the last fixes and run once on the session's final
engine (08502df), with nothing changed for them afterwards:
- set 144: a Basel protocol-summarisation platform agreement with a Japanese CRO, Brighton
  language-podcast generator terms, Japanese home-valuation tool terms, a farm corporation's
  produce-grading 業務委託契約; 51/56 (91%; en 25/28, ja 26/28);
- set 145: a Tallinn meeting-assistant enterprise agreement with a Japanese consulting firm,
  Wellington crochet-pattern app terms, a dental clinic group's Japanese pre-check chatbot terms, a
  logistics firm's forecasting library ソフトウェア使用許諾契約; 51/56 (91%; en 26/28, ja 25/28);
- set 146: a Madrid foot-traffic data licence with a Japanese developer, Portland comic-strip
  generator terms, a foundation's Japanese blood-donation assistant terms, a regional railway's
  announcement-voice 開発委託契約; 52/56 (93%; en 26/28, ja 26/28);
- set 147: a Montréal translation SaaS reseller agreement with a Tokyo distributor, Phoenix
  snoring-analysis app terms, a cram school's Japanese essay-grading terms, a city's river-camera
  flood-detection 保守運用委託契約; 53/56 (95%; en 26/28, ja 27/28).
The four sets' first runs: 207/224 (92.4%; en 103/112, ja 104/112), status 216/224; the session's
starting engine (ca09fa9) scores 206/224 on them.

Sets 224 to 251 (thirteenth session, 2026-11-28), seven rounds of four, each set run once on the
session's rules so far before anything was changed for it (sets 224 to 227 on the engine the session
started from, 4d756c9, whose rules equal the twelfth session's final ones); distractors of the
helpers' own making as before:
- round 1, sets 224 to 227, first run on 4d756c9: e-discovery platform terms, a game studio's custom
  voice model, an insurer's claims-review 開発委託, drone image-analysis terms; a meeting-transcription
  addendum, a bank's fraud-model fine-tuning, a city's chatbot 業務委託, a medical-imaging PoC; an
  image-generation API for a marketplace, annotation and demand-forecast MSA, AI translation 約款, a
  construction-safety camera customisation; a university tutoring licence, predictive-maintenance
  joint development, call-centre speech recognition SaaS, an HR-evaluation 共同開発; 50, 46, 50 and 54
  of 56;
- round 2, sets 228 to 231, first run on 93445d4 (starting engine the same 196): slide-maker terms, a
  hospital claims-triage model, a property-valuation API, driving-image annotation; shop chatbot data
  terms, a contract-analysis licence, a demand-forecast 共同研究, cram-school grading terms; a travel
  agency's speech translation API, a credit-scoring MSA and SOW, visual inspection 導入・保守, ad-copy
  terms; an AI coding assistant licence, a molecule-property research collaboration, warehouse picking
  SaaS, care-record voice input; 51, 50, 46 and 49;
- round 3, sets 232 to 235, first run on 925f6dd (starting engine the same 202): résumé screening
  terms, fine-tuning on a fashion archive, a bank counter assistant, household-budget app terms; OCR
  extraction cloud terms, a telehealth triage pilot, a railway abnormal-sound 共同開発, minutes 約款;
  music-generation terms, route optimisation, a city's tax-consultation chatbot, visitor-analytics
  cameras; a news archive licence, a writing assistant, a materials-discovery 共同研究, listing-copy
  terms; 49, 51, 52 and 50;
- round 4, sets 236 to 239, first run on 166183e (starting engine 194): sales-call coaching terms, a
  weld-defect model, discharge-summary drafting, flea-market listing terms; hotel feedback analytics, a
  crop-yield co-development, a news-summary API, nursery nap-check sensors; open-weights inference API
  terms, a procurement classifier SOW, a drawing-check 共同開発, a language app's AI partner; intranet
  search terms, hospitals' data sharing and training, a car-appraisal SaaS, foreign-object detection;
  51, 49, 46 and 51;
- round 5, sets 240 to 243, first run on 4c6bfce (starting engine 192): photo-restoration terms, a
  churn model, loan-memo drafting SaaS, a tourism avatar; satellite change detection, an airline email
  classifier, dental questionnaire terms, a steel-quality 共同開発; storyboard tool terms, building-load
  forecasting, case-law search, a pest-diagnosis app; meeting-scheduler terms, a shelf-audit pilot,
  job-posting terms, leak detection 開発・保守; 46, 49, 52 and 49;
- round 6, sets 244 to 247, first run on cf4b764 (meant as the last round; its misses then led to a
  sixth round of fixes): podcast transcription terms, demand sensing, care-home monitoring cameras, proofreading terms for
  professional offices; a labelling platform, a hospital records research licence, e-commerce
  recommendations, crane failure prediction; a travel-planning app, chatbot red-teaming, municipal
  interpretation, a skin-image 共同研究; background removal API terms, clinical-note summarisation, a
  dispatch optimiser, a support chatbot; 50, 47, 50 and 48;
- round 7, sets 248 to 251, first run on the session's final rules (bb999f5) and never used for a fix:
  slide localisation terms, fall detection from care sensors, a tax office's bookkeeping SaaS, a
  department store's demand-forecast 共同開発; a procurement drafting copilot, ECG arrhythmia research,
  hotel housekeeping scheduling, illustration app terms; speaker diarisation API terms, an insurer's
  document routing SOW, a city's road-damage PoC and deployment, pronunciation scoring terms; product
  copy with a bulk API, grid-fault prediction, a medical imaging software licence, construction
  scheduling; 50, 47, 49 and 47.
The twenty-eight sets' first runs: 1379/1568 (87.9%; en 706/784, ja 673/784; status 1503/1568); the
engine the session started from (4d756c9) scores 1370/1568 (87.4%) on the same sets. Round by round:
200, 196, 202, 197, 196, 195 and 193 of 224, against 200, 196, 202, 194, 192, 194 and 192 for the
starting engine: the fixes of one round reached the next round's misses by 0 to 4 labels. Final rules
(bb999f5) on all two hundred and fifty-one sets: 12928/14056 (92.0%; en 6466/7070, ja 6462/6986;
status 13729/14056), against 12825/14056 (91.2%) for the starting engine; on the two hundred and
twenty-three older sets 11483/12488 (11455 before); on the twenty-eight new sets 1445/1568; the
development set 142/168 (unchanged). Three changes that lost on the full run were dropped: a trained
model the vendor keeps, or owns with the user, making output ownership mixed (22 labels gained, 43
lost: the labellers split on it); a deletion "within N days" read as a retention period (2 gained, 8
lost); a mutual cap of three months' fees read as neutral (6 Japanese labels gained, 7 English lost).
All two hundred and fifty-one sets' first runs: 12148/14056 (86.4%), status 13443/14056 (95.6%).

Sets 440 to 455 (nineteenth session, 2026-11-28): two rounds of eight, each set labelled a second time, blind, by
another helper (bench/data/second-labels, compared by bench/bench_label_agreement.py); the same was done for sets 412
to 439. Distractors of the helpers' own making:
- round 1, sets 440 to 447, first run on 74bfbe1 (the session's starting engine) before anything was changed for
  them: a podcast editor, rail platform crowding, 社内ヘルプデスク生成AI SaaS, 融資審査補助モデルの PoC; clause search
  with a DPA, a children's language tutor, 住民問い合わせ AI の構築・運用委託, 論文要約 API 規約; purchase histories
  licensed to a recommender startup, airline support LLM fine-tuning, 図面積算システムの共同開発, 写真補正アプリ規約;
  solar-panel drone PoC, a voice-cloning API, 電子カルテ要約 AI の導入・保守（覚書付き）, 求人票作成 AI 約款; a fraud-scoring
  MSA, a meal planner, 需要予測モデルのカスタマイズ, 答案添削サービス規約; a molecule-property research licence,
  meeting minutes SaaS, 配送ルート最適化 AI の開発委託, 物件紹介文生成 SaaS; a code-review order form, transit data
  sharing, 事故写真査定 AI の PoC, AI 占いチャット規約; an on-premises document classifier, background music, 設備点検
  画像 AI の開発・保守, AI 経理仕訳規約: 399/448 (89.1%; en 200/224, ja 199/224; status 429/448);
- round 2, sets 448 to 455, first run on the final rules (525946a) and never used for a fix (starting engine 406):
  dermatology triage SaaS, a travel planner, 外観検査モデルの開発委託（再委託条項）, 契約書レビュー AI 規約; convenience
  store analytics with a DPA, an image API with content credentials, 災害時 SNS 分析の共同研究, AI 家計簿アプリ規約;
  elevator predictive-maintenance PoC, a résumé-screening add-on, 見出し生成 AI のカスタマイズ, 看護記録音声入力 SaaS;
  an insurance claims agent MSA, a homework chatbot, 作物病害画像判定の開発・運用, 通話要約 AI 規約; a street-image
  dataset licence, a sales-email writer, 不正送金検知の PoC, ケアプラン作成支援約款; a translation platform, a pet
  symptom checker, キャラクター音声合成モデルの開発, 申告書チェック SaaS; sepsis-prediction research, an interior-design
  render app, 駅構内混雑予測 SaaS, 補助金申請書作成支援規約; a bank intranet chatbot, stem separation, 故障予知 AI の共同
  開発, 飲食店需要予測規約: 407/448 (90.8%; en 201/224, ja 206/224; status 432/448).
The fixes came from the misses of sets 412 to 447 that both labellers read alike, and from three sets of standard
clause probes (bench/bench_review_probes.py: 1032 of 1,428 right on 74bfbe1, 1139 on the final rules; read the wrong way
round 41 and 13). Sets 448 to 455 score the same on 525946a, 8baa6d8 and the final rules. Final rules on all four
hundred and fifty-five sets: 23708/25480 (93.0%; en 11934/12782, ja 11774/12698; status 24974/25480), against 23670
for the starting engine; on the four hundred and thirty-nine older sets 22892/24584 (22865
before); sets 440 to 447 409/448 (399 before); the development set 143/168 (unchanged). A change on less than 30
days' notice read as neutral (the rubric and the newer labellers' reading; the second labellers agree 7 to 1) costs
20 labels net on sets 1 to 299, whose labels call it unfavourable, and gains 4 on sets 300 to 439: kept. Dropped: a
vendor's promise the topic's rules read deciding a favourable-first topic (+34 -37); the topic's rules reading a
finding's clause the other way taking away its vote (-3); "does not store" and 「保存しません」 as retention (-19). All
four hundred and fifty-five sets' first runs: 22269/25480 (87.4%), status 24360/25480 (95.6%).

Sets 412 to 439 (eighteenth session, 2026-11-28): one round of eight and five rounds of four, each set run once on
the session's committed rules before anything was changed for it, and once on the engine the session started from
(6fc1927, whose rules equal the seventeenth session's final ones); distractors of the helpers' own making:
- round 1, sets 412 to 419, first run on 6fc1927: a wine-label reader, a cargo-damage photo model, 保育日誌 SaaS,
  漁獲量予測の共同開発; a tax-notice explainer with a DPA, a parking-sensor data licence, 面接評価のカスタマイズ, 工場騒音の
  PoC; a sign-in sheet digitiser PoC, a stem-separation API, 税理士向け仕訳チェック規約, 農薬散布ドローンの画像データ提供;
  a claims-letter fine-tuning MSA, a sleep-coach chatbot, 安全帯未着用検知の開発, 議会答弁案作成サービス; a patent-drawing
  generator, bed-occupancy forecasts, コールセンター応対評価 SaaS（別紙付き）, 鋳造欠陥予測の PoC; a shelf-gap model, a
  reading-level app for schools, 医療通訳アプリ規約, 路面ひび割れ検出の開発・保守; a customs-declaration checker SOW, a
  recipe-nutrition estimator, 不動産査定 AI の OEM, 服薬リマインダー規約; a bird-song research collaboration, lease
  abstraction with a DPA, 社内規程 Q&A のカスタマイズ, 養殖給餌最適化規約; 47, 48, 48, 46, 48, 49, 51 and 53 of 56;
- round 2, sets 420 to 423, first run on 9ff019d (starting engine 205): a tenancy-letter helper, wind-turbine icing,
  葬儀見積 SaaS, 退院サマリー要約のカスタマイズ; export-controls screening with a DPA, a dashcam dataset, 作文採点規約,
  下水管路劣化診断の実証; a veterinary triage pilot, a language-exchange app, 副作用報告分類の開発, 混雑予測 API 規約;
  AI product manuals, soil-carbon research, 電話予約受付 AI 規約, 不審行動検知の開発・保守; 50, 51, 50 and 54;
- round 3, sets 424 to 427, first run on 9ff019d (starting engine 204): a résumé translator, hospital-laundry
  forecasts, 中古車査定写真規約, 電力需要予測の共同研究; board minutes with a DPA, a crop-leaf image licence, 転倒検知カメラの
  導入・保守, 広告バナー生成規約; scrap-metal sorting PoC, a speech-emotion API, 図書館レファレンス AI の運用委託, 出荷量予測
  SaaS; a hull-fouling detector, a pet-behaviour coach, 契約書翻訳サービス（覚書付き）, 姿勢推定モデルの開発; 52, 55, 50 and 47;
- round 4, sets 428 to 431, first run on 9ff019d (starting engine 205): a grant-report assistant, parcel dimensions
  from depot cameras, 歯科技工所向け設計支援規約, 道路占用審査の実証; clause extraction with a DPA, smart-meter load
  curves, 美容クリニックの記録要約, ピッキング経路モデルのカスタマイズ; a noise-complaint triage pilot, a wardrobe app, 建築確認
  図面チェック規約, 異物混入検知の共同開発; sales-call coaching, glacier-melt research, 重要事項説明チェック規約, 異常振動予測の
  開発・保守; 50, 53, 53 and 49;
- round 5, sets 432 to 435, first run on b3355eb, the rules after rounds 1 to 4 (starting engine 208): a citation
  checker, an avalanche-risk model, 介護計画書作成支援 SaaS, 断紙予測の PoC; an email-drafting assistant with a DPA, a
  retinal-scan licence, 物件写真加工規約, 台車亀裂検知の開発委託; a lost-luggage pilot, a meditation app, 疑義照会支援
  （別紙付き）, 需要予測のカスタマイズ・保守; questionnaire autofill, coral-bleaching research, 運転技能評価システムの導入, AI
  校閲ツール規約; 53, 51, 49 and 55 (their misses, with those of sets 424 to 431, then led to a sixth round of fixes);
- round 6, sets 436 to 439, first run on the session's final rules (48deb9d) and never used for a fix (starting engine
  202): a fishing-spot app, call-transcript redaction for a bank, 午睡チェックセンサーの導入・保守, 英文メール添削規約; invoice
  fraud with a DPA, a construction-image licence, 子育て相談チャットボットの構築・運用, 故障予知の共同研究; a radiology-report
  PoC, a travel planner, 人材マッチング SaaS 規約, 河川水位予測の開発委託; renewal reminders, wildfire-smoke research, 視力検査
  補助アプリ規約, 高炉温度予測のカスタマイズ; 52, 47, 53 and 51.
The twenty-eight sets' first runs: 1415/1568 (90.2%; en 722/784, ja 693/784; status 1509/1568); the engine the session
started from scores 1414/1568 on them (status 1510). Round by round: 390 of 448, then 205, 204, 205, 208 and 203 of
224, against 390, 205, 204, 205, 208 and 202 for the starting engine: the fixes of one round reached the next round's
misses by 0 or 1 label. Final rules (48deb9d) on all four hundred and thirty-nine sets: 22865/24584 (93.0%; en
11503/12334, ja 11362/12250; status 24104/24584), against 22785/24584 (92.7%) for the starting engine; on the four
hundred and eleven older sets 21404/23016 (21371 before); on the twenty-eight new sets 1461/1568 (1414 before); the
development set 143/168 (unchanged). Kept after the full runs: the user's own secrecy yielding to a clause that
protects the user, recitals deciding no topic beside clauses, and about fifty narrower readings (CHANGELOG). Dropped:
the user's own secrecy read as plainly neutral (69 lost, 13 gained, in a run that also held two smaller changes:
contracts protecting the vendor alone are labelled unfavourable); a vendor-kept model beside user-owned outputs read
as neutral ownership (23 lost, 8 gained on a part of the run: older sets label that split favourable, newer ones
neutral); neutral termination findings giving way to the topic rules' sides (151 lost); plain Japanese verbs
(「取り扱う。」) read as duties (net loss). All four hundred and thirty-nine sets' first runs: 21463/24584 (87.3%), status
23499/24584 (95.6%).

Sets 384 to 411 (seventeenth session, 2026-11-28): one round of eight and five rounds of four, each set run once on
the session's committed rules before anything was changed for it, and once on the engine the session started from
(5384eb9, whose rules equal the sixteenth session's final ones); distractors of the helpers' own making:
- round 1, sets 384 to 391, first run on 5384eb9: a sign-language avatar SaaS, a UK tariff-classification API,
  介護記録の音声入力カスタマイズ, 議事録要約の PoC; veterinary second reads, a trend-image dataset licence, 発酵管理 AI の
  開発, 作文添削規約; vessel routing, an LLM fine-tuning SOW, ヘルメット検知カメラ規約, 不動産鑑定のデータ提供; podcast
  ad insertion, bed-allocation co-development, 感情分析の OEM, 魚群探知アプリ規約; translation memory with a DPA, a
  crop-loss PoC, 契約書レビューの個別契約, 故障予兆の共同研究; an esports coach, a pension-fund extraction MSA, 服薬指導
  SaaS, 所蔵品解説文の開発委託; blade inspection, voice cloning, 等級判定の PoC, 結婚相談所の規約; school-library
  recommendations, wafer defects, ホテルのチャットボット, 古文書翻刻のデータ提供; 51, 51, 50, 52, 44, 54, 48 and 47 of 56;
- round 2, sets 392 to 395, first run on 4267be5 (starting engine 201): a legal-aid intake chatbot, a trip-data licence,
  引受査定 AI の開発, 見守りカメラ規約; interview scoring with a DPA, a product-photo API, 融資審査の PoC, 観光 AI アバター;
  haul-truck maintenance, a meeting-notes extension, 看護記録要約 SaaS, 需要予測モデルの開発; prior-art search, ear-tag
  analytics, 英会話アプリの学校向け契約, ピッキングロボットのカスタマイズ; 48, 53, 53 and 47;
- round 3, sets 396 to 399, first run on 9d0a1a6 (starting engine 194): grant writing, a corrosion model, 外商 AI
  コンシェルジュ, 午睡センサー規約; COBOL migration, camera-trap IDs, 記事要約 SaaS, 外観検査の共同開発; hearing-aid
  fitting, synthetic card data, 士業向け議事録規約, 航空写真のデータ提供; a language tutor, a lift-maintenance licence,
  AI ボイスのカスタマイズ, 住民問合せチャットボットの運用保守; 48, 47, 50 and 51;
- round 4, sets 400 to 403, first run on 8524a60 (starting engine 202): listing videos, clinical-trial matching, 仕訳
  自動化 SaaS, 混雑予測の PoC; sermon translation, a port-crane licence, 見守りカメラの導入・保守, 翻訳支援のカスタマイズ;
  an HR policy copilot with a DPA annex, a bird-strike data licence, 眼底画像 AI 規約, 配車最適化の開発; résumé
  screening, a tidal-turbine model, 判例検索規約, 電子棚札の PoC; 54, 49, 48 and 53;
- round 5, sets 404 to 407, first run on aac002d (starting engine 205): review summaries for hotels, slab defects, 弔辞作成規約, 橋梁点検画像の解析委託; a slide-deck maker, a seismic
  licence, 物件紹介文 SaaS, 異物検知の共同研究; ambulance dispatch, a textile-pattern dataset, 手荷物検査の PoC, 発音評価
  アプリ規約; procurement analytics with a DPA, a greenhouse app, 問合せ要約の開発委託, 蔵書推薦の利用契約; 51, 51, 53
  and 49.
- round 6, sets 408 to 411, first run on the session's final rules (5846391) and never used for a fix (starting
  engine 203): claims-photo triage, yeast-fermentation co-development, 歯科の予約電話 AI 規約, 需要予測のデータ提供・開発;
  a bedtime-story app, wastewater anomalies with a DPA, 就業規則チェック AI, ドローン生育診断の PoC; e-discovery review,
  a fitness wearable, 商談記録要約 SaaS, 送電線点検画像の開発委託; a museum audio guide, a freight-rate API, 答案採点支援の
  実証, 問合せチャットボット規約; 53, 50, 52 and 52.
The twenty-eight sets' first runs: 1409/1568 (89.9%; en 718/784, ja 691/784; status 1505/1568); the engine the
session started from scores 1402/1568 on them. Round by round: 397 of 448, then 201, 196, 204, 204 and 207 of 224,
against 397, 201, 194, 202, 205 and 203 for the starting engine: the fixes of one round reached the next round's
misses by -1 to 4 labels (round 5 lost one label to a rule of round 4, a deletion "After that period" said of a
retention period, since narrowed). Final rules (5846391) on all four hundred and eleven sets: 21371/23016 (92.9%;
en 10757/11550, ja 10614/11466; status 22570/23016), against 21206/23016 (92.1%) for the starting engine; on the
three hundred and eighty-three older sets 19900/21448 (19804 before); on the twenty-eight new sets 1471/1568; the
development set 143/168 (142 before). Kept after the full run: IN-RES-03a and OUT-EXT-04 speaking first for another
of their topics (62 labels gained, 35 lost; IN-RES-03a alone +21, OUT-EXT-04 alone +1). Dropped: judging every match
of an item whose topic takes the favourable clause first (1 lost); look-alike business records on IN-USE-08's
English rules (1 lost). All four hundred and eleven sets' first runs: 20048/23016 (87.1%), status 21990/23016
(95.5%).

Sets 344 to 383 (sixteenth session, 2026-11-28), ten rounds of four, each set run once on the session's
committed rules before anything was changed for it, and once on the engine the session started from (789baf7,
whose rules equal the fifteenth session's final ones); distractors of the helpers' own making:
- round 1, sets 344 to 347, first run on 789baf7: a meeting scheduler, ore-grade prediction, 保育園の午睡チェック
  SaaS, 工程管理 AI のカスタマイズ; podcast clean-up with a DPA, a port-crane PoC, 調剤薬局の在庫最適化ライセンス,
  顧客の声分析の委託; a children's storybook app, wildfire smoke data and model licence, 法律事務所向け議事録 AI 規約,
  養殖の給餌最適化共同開発; a recruiting chatbot with sub-processors, a meter-tampering MSA, 登記書類 OCR の委託,
  研修教材作成規約; 53, 51, 47 and 53 of 56;
- round 2, sets 348 to 351, first run on 26c83a6 (starting engine 199): a slide-deck generator, a journal-publisher
  fine-tuning licence, 中古車査定写真 API, 道路占用許可チェックの構築・保守; sales-call coaching with a DPA, battery
  degradation JDA, 発音採点規約, 入荷検品画像の PoC; a plant-ID app, claims letters on a third-party LLM, 退院サマリー
  SaaS, 出荷予測の共同研究; open-weight inference, prior-art search, 棚割り AI ライセンス・保守, ボイスボットの運用委託;
  50, 50, 51 and 48;
- round 3, sets 352 to 355, first run on f1e6859 (starting engine 201): email triage, imaging research with a
  hospital, 建築確認書類チェック規約, 異物検知モデルの開発委託; contract redlining with a DPA, a nowcasting model licence,
  マンション管理組合向け文書作成規約, 応対品質評価のカスタマイズ・保守; a stem-splitter app, delivery-time co-development,
  仕訳提案ライセンス, 転倒検知の PoC; a RAG chatbot order form, underwriting BPO, 教習所の技能評価, 漏水予測の共同研究;
  47, 48, 53 and 54;
- round 4, sets 356 to 359, first run on d5629e4 (starting engine 198): an interior visualiser, speech annotation
  MSA, 給与計算チェック規約, 圧延最適化の開発委託; collections with a DPA, shelf auditing, 観光チャットボット, 治験文書翻訳
  のカスタマイズ; a teen speaking partner, fraud-scoring licence, 見積作成 SaaS, コンテナ搬出入予測の共同研究; a low-code
  agent builder, bank AI readiness, 美容室の記録要約規約, アーカイブ映像のメタデータ付与; 50, 49, 50 and 49;
- round 5, sets 360 to 363, first run on ba6c3fc (starting engine 198): podcast-to-blog, elevator maintenance
  model, 問診票翻訳規約, 稟議書作成支援; contact-centre agent assist, satellite imagery licence, 答案添削規約, 議会答弁
  書案の実証; a photo enhancer, an IT service desk with offshore support, 入居者問い合わせのカスタマイズ, 材料探索の共同
  開発; an OCR API, complaint triage pilot, 結婚相談所のプロフィール文規約, 配車計画の受託開発; 51, 50, 48 and 50;
- round 6, sets 364 to 367, first run on b25b590 (starting engine 196): grant reports, waste-sorting vision,
  服薬指導記録規約, ダイヤ乱れ予測の共同研究; meeting notes with an EU/Japan annex, weld X-ray PoC, 字幕生成 API 約款,
  保険代理店の記録要約; a sleep coach, a legal-LM data consortium, 求人票チェック SaaS, 需要予測の開発・運用; a
  reseller's translation portal, a manuals chatbot, 歯科の予約電話 AI 規約, キャラクター音声合成の開発委託; 50, 47, 48
  and 52;
- round 7, sets 368 to 371, first run on 33bba00 (starting engine 187): a portfolio builder, concrete-strength JDA,
  会葬礼状作成規約, 信用金庫の AML 監視; procurement spend with sub-processors, ICU research data licence, 家電 Q&A
  チャットボット約款, 橋梁点検画像の委託開発; a calorie app, speaker diarisation API, 社内規程 Q&A の導入支援, 漁獲量予測の
  実証協定; e-discovery for US litigation, catalogue fine-tuning, 文字起こしの単価契約, 内視鏡 AI の共同研究; 52, 47,
  42 and 46;
- round 8, sets 372 to 375, first run on b8f5294 and never used for a fix (starting engine 200): a wine-pairing
  writer, chatbot red-teaming, 出欠・所見作成支援, 外観検査モデルのライセンス・保守; product photography with a DPA,
  city parking data sharing, ケアプラン文案 SaaS, 醸造条件最適化の共同開発; a homework solver, an on-premises code
  model, 修繕見積査定規約, 手荷物搬送トラブル予測の委託; an SME reseller programme, livestock anomaly model, レビュー要約
  API 規約, 医療安全インシデント分析の共同研究; 51, 49, 50 and 50;
- round 9, sets 376 to 379, first run on dec37f8 (the rules of b8f5294; starting engine 210): a cover-letter coach,
  sugar-cane yield model, 動物病院のカルテ要約規約, 粗大ごみチャットボットの構築・運用; captioning with a DPA, a
  textile defect-model licence, 旅程・見積作成 SaaS 約款, 検針データの需要予測共同研究; a genealogy photo app, invoice
  capture from Cebu, 登記申請書類作成支援規約, 接客ログ分析の開発委託; a text-to-image API, pipeline-corrosion PoC,
  保育所の連絡帳作成支援, 溶接ロボット教示の共同開発; 54, 50, 52 and 54;
- round 10, sets 380 to 383, first run on the session's final rules (dae3819) and never used for a fix (starting
  engine 197): listing-photo staging, a retail transaction data licence, 判例要約規約, クレーン故障予兆検知の保守; a CRM
  sales-email writer, toxicity-model joint research, 施術記録作成 SaaS, 窓口混雑予測の実証; a voice-cloning story app, a
  bottling inspection line, 点呼記録・日報作成規約, 見出し生成モデルの共同開発; a tutoring marketplace, bed-demand
  forecasting, 決算書分析コメント規約, 台車亀裂検知の受託開発; 52, 48, 48 and 52.
The forty sets' first runs: 1996/2240 (89.1%; en 1012/1120, ja 984/1120; status 2146/2240); the engine the
session started from scores 1990/2240 on them (status 2145). Round by round: 204, 199, 202, 198, 199, 197, 187,
200, 210 and 200 of 224, against 204, 199, 201, 198, 198, 196, 187, 200, 210 and 197 for the starting engine: the
fixes of one round reached the next round's misses by 0 to 3 labels. Final rules (dae3819) on all three hundred
and eighty-three sets: 19804/21448 (92.3%; en 9954/10766, ja 9850/10682; status 20944/21448), against 19708/21448
(91.9%) for the starting engine; on the three hundred and forty-three older sets 17736/19208 (17718 before); on
the forty new sets 2068/2240; the development set 142/168 (unchanged). Dropped after the full run: a neutral
termination item letting the topic's own rules decide (143 labels lost), a look-alike for fees due up to
termination (10 lost: it hid the user's exits for convenience). All three hundred and eighty-three sets' first
runs: 18639/21448 (86.9%), status 20485/21448 (95.5%).

Sets 296 to 343 (fifteenth session, 2026-11-28), twelve rounds of four, each set run once on the
session's committed rules before anything was changed for it, and once on the engine the session started
from (41cafac; a behaviour-neutral tidy, 2b1dc87, came first); distractors of the helpers' own making:
- round 1, sets 296 to 299, first run on 41cafac: tender-bid drafting terms, crop-disease drone model,
  介護記録要約 SaaS with a DPA, 鉄道車両の異常音検知 共同開発; meeting minutes with a DPA, fraud-scoring PoC,
  不動産査定 API, 自治体チャットボットのカスタマイズ; a language-tutoring app, a container sensor data licence,
  製薬向け文献調査の利用許諾, アパレル需要予測の開発・保守; a bank's code-review MSA, a clinic voice-agent
  reseller, 答案採点 AI 規約, 保険金請求 OCR PoC; 54, 50, 46 and 51 of 56;
- round 2, sets 300 to 303, first run on 2b1dc87 (the same rules): law-firm transcription terms, a brewery's
  forecasting model, 地銀の融資審査 AI, 画像生成の個人向け規約; radiology data sharing, resume screening,
  外観検査のファインチューニング, 翻訳 API 約款と覚書; a support copilot's order form and terms, a grasping-model
  collaboration, 電力需要予測の共同研究, 経理仕訳 AI 規約; an on-premises LLM appliance, an ad-copy agency,
  問診 AI のカスタマイズ, ピッキングロボットの開発委託; 49, 50, 46 and 47;
- round 3, sets 304 to 307, first run on 2b1dc87: an agent builder, wind-turbine maintenance, 安全監視カメラの
  レンタル・保守, 社内ナレッジ検索の構築; contract analysis with a DPA, an embedded speech licence, 売上予測
  SaaS, ゲノム解析のデータ提供; a companion app, LLM fine-tuning MSA and SOW, 人事評価 AI with a personal-data
  annex, 農業ドローンの PoC・本開発; an OCR API, a multilingual JDA, 通話要約の導入・運用支援, 教育委員会の
  生成 AI 環境; 49, 49, 47 and 45;
- round 4, sets 308 to 311, first run on aca0192 (starting engine 192): voice cloning terms, hotel revenue data
  and model licence, 記帳代行の業務委託, 品質予測の共同開発; a CRM email assistant, an imaging evaluation
  licence, 入居者対応チャットボット SaaS, 音声認識エンジンの OEM; an embeddings API, a credit scorecard, 警備の
  映像解析, 出版社の学習用データライセンス; homework help, supply-chain risk with a security annex, 看護記録
  AI, 道路損傷検知の委託; 48, 48, 49 and 46;
- round 5, sets 312 to 315, first run on aca0192 (starting engine 195): grant writing, fish counting, 判例検索・
  要約, 来店客分析の委託; interview notes with a DPA, a bank-tenant fraud model, 見守りセンサー規約, 記事データ
  提供と共同実証; photo restoration, data-centre energy PoV, 図面チェックの保守, 診療情報要約のデータ処理委託;
  text-to-speech API, an archive's handwriting licence, 募集文書チェック規約, 異物検知の開発・導入; 49, 50, 46 and 50;
- round 6, sets 316 to 319, first run on aca0192 (starting engine 203): a listing writer, crop-yield hosting,
  マッチング AI ライセンス, 自治体の議事録作成; an inspection dashboard, driving-image annotation, カウンセリング記録
  要約規約, 配送ルートの共同開発; a finance coach app, a private LLM with a DPA, 出欠・成績分析, 予知保全 PoC;
  a logo generator, pharma adverse-event processing, 発注予測 SaaS, 字幕生成の委託; 54, 50, 48 and 52;
- round 7, sets 320 to 323, first run on 28166c2 (starting engine 202): a schools' AI tutor with a student
  data addendum, illegal-logging detection, 多言語チャットボット SaaS, 異常検知モデルの受託開発; a writing
  extension, claims triage managed services, 歯科画像診断支援, 災害予測の共同研究; a moderation API, airline
  pricing co-development, 商品説明文生成規約, ドローン点検の委託; a dream journal, translation memory with a DPA,
  窓口応対記録の要約, 観光客動態の分析委託; 47, 54, 50 and 52;
- round 8, sets 324 to 327, first run on 28166c2 (starting engine 195): room booking analytics, a rainfall data
  licence, 査定写真解析規約, 設備保全記録の開発委託; churn prediction with a DPA, AI jingles, 服薬指導記録 SaaS,
  故障予測の共同開発; résumé parsing, a transit pilot, 契約書レビュー規約, 品質検査の PoC・本番導入; a travel
  planner, a pharma QA licence, 運転技能評価, 与信モデルの共同開発; 50, 50, 49 and 47;
- round 9, sets 328 to 331, first run on 71047d5 (starting engine 197): sign-language interpretation, an MRO
  report LLM, 需要予測 SaaS with a subcontracting article, 内視鏡画像の共同研究; a procurement bot, an AML
  consortium, 字幕・吹替規約, 衛星画像解析の委託; a pet symptom checker, AP automation, 個別最適化学習の
  ライセンス, 検針画像読取の開発・保守; speech-to-text with containers, drowsiness research, 求人票作成規約,
  ごみ収集ルートの実証協定; 51, 47, 51 and 48;
- round 10, sets 332 to 335, first run on 71047d5 (starting engine 194): a résumé writer, M&A document review,
  忘れ物チャットボット, 配合最適化の共同研究開発; avatar videos, bed-occupancy licence with a DPA, 条項抽出規約,
  コンテナ配置の開発委託; a nutrition app, call-quality scoring, 法規チェック SaaS, 見守り AI のデータ提供;
  background removal, coffee-bean grading, 補助金申請支援規約, 接客ログ分析の委託; 47, 49, 50 and 50;
- round 11, sets 336 to 339, first run on the session's final rules before one last change, never used for a
  fix (starting engine 191): genealogy transcription, demand sensing with a DPA, 物件紹介文規約, 手術動画の共同
  開発; procurement CLM, a call-centre speech model, 稟議書作成支援, 文化財修復画像の共同研究; a language-exchange
  chatbot, a crop-spraying pilot, 就業規則チェック SaaS, タクシー需要予測; a code-completion plugin, a loyalty
  data licence, 連絡帳作成支援規約, 溶接検査の開発委託; 47, 52, 46 and 45;
- round 12, sets 340 to 343, first run on the session's final rules (ba899af) and never used for a fix
  (starting engine 199): a wedding-toast writer, bottling downtime prediction, 申告書チェック規約, 手荷物画像
  検査の開発委託; an IT help-desk assistant with a DPA, a clinical-notes research licence, 旅程提案 SaaS, 創薬候補
  探索の共同研究; a fitness-form coach, manual translation MSA, 子育て相談チャットボットの運用委託, 故障診断 AI の
  ライセンス・保守; a 3D-asset API, a shelf-gap data partnership, 介護計画作成支援規約, 記事要約の共同改善; 52, 47,
  50 and 52.
The forty-eight sets' first runs: 2356/2688 (87.6%; en 1191/1344, ja 1165/1344; status 2555/2688); the
engine the session started from scores 2351/2688 on them (status 2555). Round by round: 201, 192, 190, 191,
195, 204, 203, 196, 197, 196, 190 and 201 of 224, against 201, 192, 190, 192, 195, 203, 202, 195, 197, 194,
191 and 199 for the starting engine: the fixes of one round reached the next round's misses by -1 to +2
labels. The
one change after round 11 (keeping the data is no use of it, but a limit on keeping still counts) won back
the round-11 label the keeping rule had turned. Final rules (ba899af) on all three hundred and forty-three
sets: 17718/19208 (92.2%; en 8903/9646, ja 8815/9562; status 18759/19208), against 17584/19208 (91.5%) for
the starting engine; on the two hundred and ninety-five older sets 15269/16520 (15233 before); on the
forty-eight new sets 2449/2688; the development set 142/168 (unchanged). Dropped after the full run: output
ownership neutral whenever the vendor keeps the trained model (31 gained, 62 lost), IN-PRV-03 speaking first
for the input-provision topic (5 gained, 28 lost). All three hundred and forty-three sets' first runs:
16643/19208 (86.6%), status 18339/19208 (95.5%).

Sets 252 to 295 (fourteenth session, 2026-11-28), eleven rounds of four, each set run once on the
session's rules so far before anything was changed for it (and once on the engine the session started
from, 1ac90e7, whose rules equal the thirteenth session's final ones); distractors of the helpers' own
making as before:
- round 1, sets 252 to 255, first run on 1ac90e7: a logo generator, container-damage detection, an
  internal-rules search SaaS, a fish-disease 共同研究; outage-hotline speech analytics, a dream journal,
  road-occupancy permit review, review summaries; a stock-photo training licence, contract redlining with
  a DPA, pharmacy counselling records, station crowding 開発委託; delivery-slip reading, voice cloning,
  construction estimates, household-finance chat; 45, 49, 52 and 47 of 56;
- round 2, sets 256 to 259, first run on db3ce61 (starting engine the same 196): bed-occupancy MSA and SOW,
  an email rewriter, fruit grading, law-firm contract review; a chatbot reseller, pharmacovigilance data
  sharing, fall-detection cameras, AI image stock; accounting anomalies, textile inspection, insurance
  call summaries, a bank's credit model; object detection API, a trade-fair interpreter, cram-school
  grading 共同開発, a voice assistant; 46, 49, 51 and 50;
- round 3, sets 260 to 263, first run on db3ce61 (starting engine the same 200): room-occupancy analytics,
  casting defects, pharmacy demand forecasts, machine-translation customisation; a pet symptom checker, a
  private-cloud CLM, a city chatbot, paper summaries; interview scoring with a DPA, maintenance-report
  PoC, product copy API, hospital imaging 共同研究; homework help, demand response, delivery routes,
  marriage-agency matching; 50, 53, 48 and 49;
- round 4, sets 264 to 267, first run on ccbe8a6 (starting engine the same 197): contact-centre drafting,
  plant identification, clinical-trial translation, bookkeeping; red-teaming, rent pricing, weld
  inspection, a tourism concierge; bill-of-lading fine-tuning, photo culling, care plans, new-product
  demand 共同開発; speech-to-text, driving-image annotation, property images, surgical video; 48, 50, 50
  and 49;
- round 5, sets 268 to 271, first run on ccbe8a6 (starting engine the same 190): a QMS assistant, an avatar
  app, bridge inspection, résumé drafting; crop disease, a pitch-deck writer, a shinkin bank's search, essay
  feedback PoC; a weather data licence, court transcription, 3D furniture layout, pipe deterioration;
  e-discovery, escalator PoC, dental prosthesis design, music composition; 47, 46, 46 and 51;
- round 6, sets 272 to 275, first run on cda0413 (starting engine 190): a fraud engine, a story platform,
  dealership call summaries, construction hazards 共同研究; paint formulation, a language exchange, a
  regional bank's data provision, nursing records; sales sequencing, frost damage research, nursery
  admissions, photo retouching; a veterinary pilot, a printer OEM licence, engagement analytics, a book
  training licence; 51, 48, 47 and 45;
- round 7, sets 276 to 279, first run on cda0413 (starting engine 195): fashion photography, a coding
  agent, container yards, assembly answers; legal research, sepsis data sharing, a store avatar, essay
  correction; gem grading, a voice receptionist, smart-meter forecasts, shop chat; a cabin-crew chatbot,
  bridge fatigue research, accident photos PoC, draft translation; 52, 46, 48 and 50;
- round 8, sets 280 to 283, first run on 15f69af (starting engine 191): an obligation tracker, a
  sign-language app, maintenance summaries, a city help desk; a newspaper training licence, pipeline
  leaks, EHR summaries, video editing; a meeting-notes bot, shelf monitoring PoC, inquiry classification,
  yield prediction 共同研究; an embeddings API, medical coding, railway delays, claim documents; 49, 46, 48
  and 52;
- round 9, sets 284 to 287, first run on the rules of 057a1ca (meant as the last round, never used for a fix):
  site-selection analytics, a styling app, warehouse inspection, news scripts; passenger flow, image
  moderation with a DPA, tax-return checks, patient-reported outcomes; a bank's on-premises assistant,
  podcast generation, care-products forecasts, form analysis; a fab anomaly PoC, an HR chatbot, waste
  collection routes, proofreading; 50, 48, 50 and 50;
- round 10, sets 288 to 291, first run on b539ba4 (the rules of 057a1ca with refitted gates; starting
  engine 188): a grasping-model supply, a tax assistant, teller-log summaries, NPC dialogue 共同開発;
  radiology drafting with a data addendum, a RAG chatbot SOW, construction photos, flood prediction
  共同研究; geocoding API, a deterioration early-warning licence, job-posting SaaS, paint-defect model
  開発委託; a journaling app, RLHF labelling, warehouse worker-flow cameras, credit-guarantee PoC; 45, 51,
  48 and 47;
- round 11, sets 292 to 295, first run on the session's final rules (fa78b7f) and never used for a fix:
  patent translation memory, greeting cards, trade-document checks, endoscopy 共同開発; stadium crowd
  safety, a code-review bot, cram-school study plans, fish sorting; telecom churn with a DPA, a chemistry
  weights licence, a city's minutes 単価契約, hairstyle app; e-bus battery PoC, a companion app, a
  literature agent 約款, sake fermentation 開発委託; 47, 50, 46 and 49.
The forty-four sets' first runs: 2139/2464 (86.8%; en 1084/1232, ja 1055/1232; status 2341/2464); the
engine the session started from (1ac90e7) scores 2129/2464 (86.4%) on them. Round by round: 193, 196,
200, 197, 190, 191, 196, 195, 198, 191 and 192 of 224, against 193, 196, 200, 197, 190, 190, 195, 191,
198, 188 and 191 for the starting engine: the fixes of one round reached the next round's misses by 0
to 4 labels. Final rules (fa78b7f, then one change after round 11: a vendor's disclaimer of third
parties counts on subcontracting even when no item quotes it, 18 labels gained on older sets and none on
sets 292 to 295) on all two hundred and ninety-five sets: 15233/16520 (92.2%; en 7638/8302, ja
7595/8218; status 16125/16520), against 15057/16520 (91.1%) for the starting engine; on the two hundred
and fifty-one older sets 12991/14056 (12928 before); on the forty-four new sets 2242/2464; the
development set 142/168 (unchanged). Dropped after the full run: every unfavourable
topic-rule reading joining the items' positions on worst-first topics (50 gained, 490 lost), "change
order" as change control (4 lost), 「…か月を経過する日まで保管」 as a retention rule (it read a permission
as open-ended). Kept: a mutual cap of three months' fees as neutral (10 gained, 7 lost; the rubric's
"mutual cap below 12 months' fees"). All two hundred and ninety-five sets' first runs: 14287/16520
(86.5%), status 15784/16520 (95.5%).

Sets 180 to 223 (twelfth session, 2026-11-28), eleven rounds of four, each set run once on the
session's rules so far before anything was changed for it (sets 180 to 183 on the engine the session
started from, fa03792); the helpers' brief asked from round 2 on for distractors of their own making
(words that look like a topic but are about something else):
- round 1, sets 180 to 183, first run on fa03792: procurement-fraud analytics, interior-design app
  terms, a regional bank's loan-memo customisation, household-finance chat terms; visual-inspection
  model development with a Taiwanese vendor, speech-synthesis API terms, a hospital's discharge-summary
  service with a memorandum, listing-copy SaaS terms; annotation and evaluation services in Singapore,
  a contract-drafting copilot with a DPA, a demand-forecast 請負 contract, essay-correction terms for
  cram schools; an NHS no-show prediction SaaS, podcast-editing terms, a city's assembly-answer
  drafting 業務委託, a food maker's recipe-model 共同開発; 46, 49, 51 and 48 of 56;
- round 2, sets 184 to 187, first run on a29489b (starting engine the same 196): an LLM procurement
  MSA with an Indian vendor, meal-planner terms, accident-photo damage estimation, minutes SaaS; a
  journal archive training licence (the publisher is the user), voice-agent terms with a DPA, a
  drone-image PoC, salon app terms; HK fraud monitoring, résumé-writer terms, an endoscopy 共同研究,
  image-generation API terms; Scots telematics, open-weights hosting terms, a city's care-assessment
  summaries, a custom MT engine; 50, 50, 50 and 46;
- round 3, sets 188 to 191, first run on 122df28: records classification in NSW, teen tutoring terms,
  construction-progress licence, case-law search terms; a broadcaster's subtitle model, browser-agent
  terms, a shinkin bank's chat support, pet-camera terms; predictive quality with a DPA, news-summary
  API terms, an adverse-event data 共同開発, a tourism concierge SaaS; contact-centre QA with
  offshore sub-processors, toast-writer terms, a drone crop PoC, on-premises interview evaluation; 48,
  50, 48 and 48;
- round 4, sets 192 to 195, first run on b6e978d: clinical-trial translation, voice-journal terms, a
  railway wear-prediction 開発委託, rent-appraisal membership terms; port-crane maintenance, text-to-3D
  API terms, a city's road-damage lease, a plagiarism tool for a university; shelf-image
  co-development, bookkeeping-assistant terms, a securities firm's inquiry summaries, care-sensor terms;
  radiology triage with a BAA, sticker-generator terms, a warehouse PoC then development, AML cloud
  terms; 46, 44, 50 and 47;
- round 5, sets 196 to 199, first run on f246910: content-moderation BPO, genealogy app terms, a
  department store's forecast SaaS, music-school scoring terms; a seed company's field-trial data
  licence, meeting-scheduler terms, pathology image analysis, quotation cloud terms; AP automation in
  India, fishing-forecast terms, an NPC dialogue 共同開発, a bank's approval-memo check; on-premises
  underwriting model, fantasy-sports terms, a city hall guide robot, manga translation; 49, 51, 47 and 47;
- round 6, sets 200 to 203, first run on e8879e2: pharmacovigilance screening, flashcard terms, a car
  dealer's sales-call analysis, restaurant phone-booking terms; trade-compliance screening in Geneva,
  home-inspection report terms, acoustic anomaly detection, LGWAN drafting SaaS; a webtoon colouring
  licence, helpdesk triage terms, an ECG data provision, tutor-dispatch planning terms; carbon
  accounting, plant-care terms, a newspaper's summary AI, a tenant chatbot with an overseas site; 49,
  49, 49 and 50;
- round 7, sets 204 to 207, first run on a9fde04 (starting engine the same 206): warehouse-robot vision
  development, sleep-coaching terms, inheritance-document OCR, interview-scheduling terms; dairy herd
  monitoring, code-review bot terms, an insurance agency's comparison chat, photo-retouch terms; KYC
  verification in HK, language-exchange terms, a gas meter 共同研究, a school teaching platform;
  wildfire-smoke forecasts, contract-lifecycle terms, an airport flow PoC, product-copy API terms; 49,
  53, 52 and 52;
- round 8, sets 208 to 211, first run on 290bf1a: a bank's model tuning with a DPA, music-lesson terms,
  a materials-discovery 共同開発, fundus-image terms; vessel fuel optimisation, pet meal-plan terms, a
  city's consultation summaries, review-summary API terms; a perfume-formulation licence, call-summary
  terms, care-record voice input, English-conversation app terms; legal translation and redaction,
  car-repair app terms, station crowding forecasts, bookkeeping journal terms; 50, 46, 48 and 50;
- round 9, sets 212 to 215, first run on 395e453: wafer-defect licence, fridge-photo recipe terms, a
  trade-document 開発委託, museum audio-guide terms; mine-site video analytics, speech-emotion API terms,
  nursing-record summaries, planogram terms; a pension member-query assistant, bedtime-story terms, a
  bridge-inspection 共同研究, tax-office bookkeeping SaaS; factory energy optimisation in Thailand, a
  spreadsheet forecasting add-on, a school drill service, an itinerary chatbot OEM; 50, 50, 53 and 49;
- round 10, sets 216 to 219, first run on 48b1e31 (meant as the last round; its misses then led to
  six small fixes): telecom churn model development, plant-ID terms, a clinic's questionnaire summaries, print
  prepress terms; call-quality monitoring in Manila, image-moderation API terms, a bank's
  loan-screening 共同開発, marriage-agency terms; an ESG report platform, hiking-app terms, a power
  retailer's demand forecast SaaS, a bookstore recommendation PoC; garment-defect inspection in
  Vietnam, expense-audit terms, a city's newsletter drafting, tax-return app terms; 53, 43, 48 and 49;
- round 11, sets 220 to 223, first run on the session's final rules (c1a4674) and never used for a
  fix: anime dubbing and lip-sync, planting-calendar terms, forklift accident prediction, an insurer's
  policy QA bot; trade-finance sanctions screening, grant-writing terms, a water bureau's leak model,
  used-car listing terms; clinical coding for a London hospital, bird-song app terms, a welding
  quality 共同開発, council-minutes terms; anti-counterfeit image matching, handwriting-notes terms,
  cable TV subtitles, dental booking chat terms; 52, 52, 44 and 44.
The forty-four sets' first runs: 2149/2464 (87.2%; en 1093/1232, ja 1056/1232; status 2356/2464);
the engine the session started from (fa03792) scores 2128/2464 (86.4%) on the same sets. Round by
round: 194, 196, 194, 187, 194, 197, 206, 194, 202, 193 and 192 of 224, against 194, 196, 193, 186,
189, 195, 206, 192, 198, 189 and 190 for the starting engine. Final rules (c1a4674) on all two
hundred and twenty-three sets: 11455/12488 (91.7%; en 5719/6286, ja 5736/6202; status 12184/12488),
against 11319/12488 (90.6%) for the starting engine; on the hundred and seventy-nine older sets
9243/10024 (9191 before); on the forty-four new sets 2212/2464; the development set 142/168
(unchanged). One change that
lost on the full run was dropped: reading "Customer may terminate" without an object as the
termination item (with the rule that a mutual right on 30 days' notice is favourable: 31 labels
gained, 32 lost, most on termination labels that split on remedies; that rule alone gained 11 and lost
8, and was kept).

Sets 148 to 179 (eleventh session, 2026-11-28), eight rounds of four, each set run once on the
session's rules so far before anything was changed for it (sets 148 to 151 on the engine the session
started from, 7debea6):
- round 1, sets 148 to 151, first run on 7debea6: AI dubbing terms for film studios, an insurer's
  claims-triage agreement, construction-site camera terms, a regional bank's credit-model 共同開発契約;
  a retailer's fine-tuning MSA, secondary-school tutoring app terms, a city's resident-enquiry
  chatbot 業務委託契約, a drug maker's literature-search 利用約款; a telehealth speech-to-text API
  agreement, an HR screening DPA, a warehouse demand-forecast 準委任契約, product-copy generator
  terms; a wind-farm maintenance PoC, image-editing plug-in terms, a law firm's contract-review
  licence, a care home's sensor-analysis 利用契約; 49, 50, 51 and 51 of 56;
- round 2, sets 152 to 155, first run on 4a3bc30: an Australian contract-analytics subscription,
  nutrition-coach app terms, a railway's announcement-translation 開発委託契約, staffing matching
  SaaS terms; a news archive's training licence, a hotel chatbot SOW, pest-diagnosis app terms, an
  insurer's call-summary 導入契約; an on-premises LLM evaluation licence, vector-database developer
  terms, a property-appraisal licence and 保守契約, essay-correction terms for cram schools; a
  managed threat-detection agreement, voice-model creator terms, a hospital's imaging 共同研究契約,
  store-camera analysis terms; 49, 52, 50 and 50;
- round 3, sets 156 to 159, first run on 17bb042: a writing assistant's reseller agreement,
  consumer legal-research chatbot terms, drone inspection for a power company, salon hairstyle app
  terms; a sepsis-model research collaboration, a sales-coaching order form, a parts maker's
  inspection PoC, a machine-translation customisation licence; bank invoice-processing outsourcing,
  a page-summariser extension, a securities firm's enquiry AI 導入・保守契約, subtitle API terms; a
  drone maker's vision-model licence, a telecom churn DPA, a city's minutes-AI procurement, a food
  maker's idea-generation 共同開発契約; 51, 48, 53 and 52;
- round 4, sets 160 to 163, first run on 5faa4f6: EU marketing-video platform, a RAG chatbot
  development agreement, construction scheduling SaaS, game voice-tool terms; résumé-assistant terms,
  an AML monitoring MSA, a city's road-damage detection 業務委託契約, dental booking chat terms; GPU
  model hosting, photo-restoration app terms, a trading company's translation licence, care-record
  voice input; driving-data annotation services, a meeting-notes tool with its own models, a
  university's counselling chatbot, bookkeeping terms for small firms; 52, 54, 48 and 53;
- round 5, sets 164 to 167, first run on 5faa4f6 (the round-4 fixes came after): an elderly
  companion app, an airline's weather-model licence, a steelworks' predictive-maintenance 保守運用契約,
  pronunciation-scoring terms; a Singapore insurer's underwriting model, handwriting OCR API terms, a
  department store's avatar AI, a household-budget app; a publisher and lab's legal-LLM joint
  venture, team-agent workspace terms, delivery-slip OCR licence, veterinary chart summaries; a
  federated-learning data-sharing agreement between hospitals, stock-research assistant terms, a
  bank's internal document-search build, a tourism concierge SaaS; 47, 54, 53 and 48;
- round 6, sets 168 to 171, first run on c9dab3a: a bank IT subsidiary's code-review licence, pet
  symptom-checker terms, a water bureau's leak detection, apparel demand-forecast terms; a pharmacy
  chain's drug-interaction co-development, image-generation API terms, a bar association's case-law
  search, dealer meeting-summary terms; a Canadian city's tax chatbot, language-tutor terms, on-premise
  design-document AI, restaurant shift terms; an annotation marketplace, a clinical-trial site
  selection SaaS, nursery nap-sensor terms, a publisher's book-data training licence; 53, 50, 53 and 47;
- round 7, sets 172 to 175, first run on fc5666b: a UK drafting copilot MSA, travel-planner terms, a
  gas meter-reading 開発委託契約, answer-grading terms for cram schools; teleradiology second reads,
  open-weight model developer terms, people-flow cameras, minutes SaaS for professionals; an
  inspection camera supply agreement, wellbeing journal terms, a shinkin bank's fraud-detection
  licence, ad-copy tool terms; a protein-model research licence, customer-support outsourcing, a
  bridge-inspection 共同研究契約, an embedded voice-assistant licence; 53, 50, 51 and 51;
- round 8, sets 176 to 179, first run on the session's final rules (1a24d9d) and never used for a
  fix: an insurer's wildfire-risk model licence, wedding-planner app terms, a port's container-
  placement 開発・保守契約, after-school note-writing terms; AI patent drafting services, plant-ID app
  terms, a city's vacant-house detection from aerial photos, eyewear try-on terms; a manufacturer's
  spend-analytics platform, text-to-speech API terms, a hospital's discharge-summary AI, property-photo
  editing terms; a bus operator's route-optimisation pilot, a school district's homework chatbot, a
  chemical maker's materials-discovery 共同開発契約, fitness posture-analysis terms; 47, 51, 51 and 46.
The thirty-two sets' first runs: 1618/1792 (90.3%; en 813/896, ja 805/896; status 1734/1792); the
engine the session started from (7debea6) scores 1604/1792 (89.5%) on the same sets. Round by round:
201, 201, 204, 207, 202, 203, 205 and 195 of 224, against 201, 200, 199, 205, 201, 201, 205 and 192
for the starting engine.

Across the two hundred and twenty-three held-out sets the first runs are 10769/12488 joint (86.2%; per set
84, 86, 77, 75, 73, 79, 84, 79, 77, 75, 88, 77, 62, 79, 88, 82, 77, 86, 88, 73, 77, 71, 86, 95, 82,
88, 80, 91, 86, 86, 88, 86, 93, 84, 86, 75, 91, 82, 95, 84, 88, 88, 77, 88, 89, 86, 75, 84, 82, 86,
89, 80, 75, 82, 84, 93, 88, 88, 84, 79, 77, 77, 89, 84, 84, 88, 86, 91, 86, 77, 91, 82, 89, 89, 91,
82, 84, 77, 84, 93, 77, 91, 75, 80, 84, 79, 93, 93, 77, 86, 89, 82, 88, 88, 95, 91, 88, 91, 88, 80,
89, 80, 80, 84, 88, 93, 88, 86, 89, 89, 86, 84, 89, 86, 93, 86, 88, 84, 80, 86, 95, 86, 82, 91, 84,
84, 89, 84, 86, 86, 95, 82, 91, 82, 93, 93, 91, 91, 89, 88, 86, 89, 88, 91, 91, 93, 95, 88, 89, 91, 91, 88, 93, 89, 89, 91, 86, 95, 93, 93, 96, 86, 95, 84, 96, 95, 86, 95, 89, 95, 84, 95, 89, 91, 91, 84, 91, 91, 82, 82, 88, 91, 86, 89, 89, 89, 82, 86, 89, 86, 86, 82, 79, 89, 84,
88, 91, 84, 84, 88, 88, 88, 89, 88, 95, 93, 93, 89, 82, 86, 89, 89, 89, 95, 88, 95, 77, 86, 88, 93,
93, 79 and 79%) and 11940/12488 status (95.6%): the honest estimate of how the engine does on an
unseen AI contract.

The thirty-two sets of the eleventh session (148 to 179), each on the rules of the session so far:
1618/1792 (90.3%; en 813/896, ja 805/896; status 1734/1792); the engine the session started from
(7debea6) scores 1604/1792 (89.5%) on those same sets. The eight rounds' first runs: 201, 201, 204,
207, 202, 203, 205 and 195 of 224, against 201, 200, 199, 205, 201, 201, 205 and 192 for the
starting engine: the fixes of one round reached the next round's misses by 0 to 5 labels (+3 on the
final round, run on the final rules). Final rules on all hundred and seventy-nine sets: 9191/10024
(91.7%; en 4590/5012, ja 4601/5012; status 9780/10024), against 9100/10024 (90.8%) for the
session's starting engine; on the hundred and forty-seven older sets 7520/8232 (7496 before); sets
148 to 175 1476/1568 on the final rules; the development set 142/168 (143 before: a debatable label,
the Llama API's tiered training, that the engine had passed by reading an indemnity sentence). Two
changes that lost on the full run were dropped: letting the topic rules' own reading of every clause
join a topic's aggregate (8307 against 8573 of 9352 labels) and letting their favourable reading of
the other party's clauses decide a favourable-first topic (8757 against 8787 of 9576).

The thirty-two sets of the tenth session (116 to 147), each on the rules of the session so far:
1577/1792 (88.0%; en 796/896, ja 781/896; status 1719/1792); the engine the session started from
(ca09fa9) scores 1569/1792 (87.6%) on those same sets. The eight rounds' first runs: 189, 195, 195,
196, 195, 204, 196 and 207 of 224, against 189, 195, 194, 195, 194, 201, 195 and 206 for the
starting engine: the fixes of one round reached the next round's misses by 0 to 3 labels (+1 on the
final round, run on the final engine). Sets 136 to 139 were never used for a fix (204/224 first run,
205 on the final rules). Final rules on all hundred and forty-seven sets: 7496/8232 (91.1%; en
3745/4158, ja 3751/4074; status 8013/8232), against 7387/8232 (89.7%) for the session's starting
engine; on the hundred and fifteen older sets 5852/6440 (5818 before); the development set 143/168
(142 before). The session's fixes moved the thirty-two new sets from 1569 to 1644 on the final
rules, most of them on the sets they came from.

The twenty-eight sets of the ninth session (88 to 115), each on the rules of the session so far:
1365/1568 (87.1%; en 664/784, ja 701/784; status 1494/1568); the engine the session started from
(16d5ef8) scores 1350/1568 (86.1%) on those same sets. The seven rounds' first runs: 193, 197, 200,
185, 197, 196 and 197 of 224, against 193, 197, 199, 179, 196, 194 and 192 for the starting engine:
the fixes of one round reached the next round's misses by 0 to 6 labels (+5 on the final round, run
on the final engine). Final rules on all hundred and fifteen sets: 5818/6440 (90.3%; en 2900/3262,
ja 2918/3178; status 6253/6440), against 5716/6440 (88.8%) for the session's starting engine; on the
eighty-seven older sets 4391/4872 (4366 before); the development set 142/168 (unchanged). The CUAD
gates refitted afterwards (c279df8) change none of these results.

The twenty sets of the eighth session (68 to 87), each on the rules of the session so far: 949/1120
(84.7%; en 453/560, ja 496/560; status 1069/1120); the engine the session started from (0b15497)
scores 933/1120 (83.3%) on those same twenty sets, and the session's final rules 979/1120 (87.4%;
not held out any more). The rounds' first runs: 193, 197, 183, 188 and 188 of 224, against 193,
197, 180, 183 and 180 for the starting engine: the first round's fixes did not reach the second
round's misses, the later rounds gained 3, 5 and 8 labels. Final rules on all eighty-seven sets:
4366/4872 (89.6%; en 2184/2478, ja 2182/2394; status 4727/4872), against 4295/4872 (88.2%) for the
session's starting engine; on the sixty-seven older sets 3387/3752 (3362 before); the development
set 142/168 (unchanged).

The twenty sets of the seventh session (48 to 67), each on the rules of the session so far: 939/1120
(83.8%; en 465/560, ja 474/560; status 1065/1120); the engine the session started from (e196508)
scores 926/1120 (82.7%) on those same twenty sets, and the session's final rules 979/1120 (87.4%;
not held out any more). The rounds' first runs: 191, 180, 197, 180 and 191 of 224; the first
round's fixes did not reach the second round's misses (180 both ways), the later rounds gained 2, 7
and 4 labels over the starting engine. Final rules on all sixty-seven sets: 3362/3752 (89.6%; en
1695/1918, ja 1667/1834; status 3633/3752), against 3297/3752 (87.9%) for the session's starting
engine; on the forty-seven older sets 2383/2632 (2371 before); the development set 142/168.

The twenty sets of the sixth session (28 to 47), each on the rules of that session so far: 960/1120
(85.7%; en 472/560, ja 488/560); the engine that session started from (4f4bae4) scores 950/1120
(84.8%) on them. Most misses are positions, and many of those are judgement calls the labellers
split on (a mutual right for cause or on notice, a cap "on balance", mixed output ownership, which
of two clauses governs).

Scoring, with the review run for role user and the default profile (plus `user_name` /
`vendor_name` where the labels file gives one, as `aicc review --user-name` would):
  status accuracy    label addressed/silent vs engine addressed/missing; engine `needs-review`
                     counts as wrong and is also counted separately;
  position accuracy  among labels that both the label and the engine call addressed;
  joint accuracy     status right and, when addressed, position right.
"""

from __future__ import annotations

import argparse
import fnmatch
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from aicc.catalog import load_catalog
from aicc.ingest import load_document
from aicc.models import Profile
from aicc.review import review_documents

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "data" / "ai_terms_labels.yaml"
# the core topics; the labels file lists the same keys and the script checks that it does
CORE = (
    "input-training-use",
    "input-confidentiality",
    "personal-data-handling",
    "cross-border-transfer",
    "output-ownership",
    "subcontracting",
    "unilateral-changes",
    "termination",
    "liability-cap",
    "warranty-disclaimer",
    "governing-law",
    "jurisdiction",
    "data-retention-period",
    "data-deletion-after-termination",
)
ENGINE_STATUS = {"addressed": "addressed", "silent": "missing"}
POSITIONS = ("favourable", "neutral", "unfavourable")
SHORT = {"favourable": "fav", "neutral": "neu", "unfavourable": "unfav", None: "-"}


@dataclass(frozen=True)
class Outcome:
    """One (document, topic) pair: the hand label and what the engine said."""

    document: str
    lang: str
    topic: str
    label_status: str
    label_position: str | None
    engine_status: str
    engine_position: str | None
    engine_quote: str

    @property
    def status_ok(self) -> bool:
        return ENGINE_STATUS[self.label_status] == self.engine_status

    @property
    def both_addressed(self) -> bool:
        return self.label_status == "addressed" and self.engine_status == "addressed"

    @property
    def position_ok(self) -> bool:
        return self.both_addressed and self.label_position == self.engine_position

    @property
    def joint_ok(self) -> bool:
        return self.status_ok and (self.label_status == "silent" or self.position_ok)


def set_dirs(data: Path) -> dict[str, Path]:
    return {
        "shared": data / "ai-terms",
        "examples": ROOT / "examples" / "contracts",
        "ja": ROOT / "bench" / "data" / "ai-terms-ja",
        "heldout": ROOT / "bench" / "data" / "ai-terms-heldout",
        "heldout2": ROOT / "bench" / "data" / "ai-terms-heldout2",
        "heldout3": ROOT / "bench" / "data" / "ai-terms-heldout3",
        "heldout4": ROOT / "bench" / "data" / "ai-terms-heldout4",
        "heldout5": ROOT / "bench" / "data" / "ai-terms-heldout5",
        "heldout6": ROOT / "bench" / "data" / "ai-terms-heldout6",
        "heldout7": ROOT / "bench" / "data" / "ai-terms-heldout7",
        "heldout8": ROOT / "bench" / "data" / "ai-terms-heldout8",
        "heldout9": ROOT / "bench" / "data" / "ai-terms-heldout9",
        "heldout10": ROOT / "bench" / "data" / "ai-terms-heldout10",
        "heldout11": ROOT / "bench" / "data" / "ai-terms-heldout11",
        "heldout12": ROOT / "bench" / "data" / "ai-terms-heldout12",
        "heldout13": ROOT / "bench" / "data" / "ai-terms-heldout13",
        "heldout14": ROOT / "bench" / "data" / "ai-terms-heldout14",
        "heldout15": ROOT / "bench" / "data" / "ai-terms-heldout15",
        "heldout16": ROOT / "bench" / "data" / "ai-terms-heldout16",
        "heldout17": ROOT / "bench" / "data" / "ai-terms-heldout17",
        "heldout18": ROOT / "bench" / "data" / "ai-terms-heldout18",
        "heldout19": ROOT / "bench" / "data" / "ai-terms-heldout19",
        "heldout20": ROOT / "bench" / "data" / "ai-terms-heldout20",
        "heldout21": ROOT / "bench" / "data" / "ai-terms-heldout21",
        "heldout22": ROOT / "bench" / "data" / "ai-terms-heldout22",
        "heldout23": ROOT / "bench" / "data" / "ai-terms-heldout23",
        "heldout24": ROOT / "bench" / "data" / "ai-terms-heldout24",
        "heldout25": ROOT / "bench" / "data" / "ai-terms-heldout25",
        "heldout26": ROOT / "bench" / "data" / "ai-terms-heldout26",
        "heldout27": ROOT / "bench" / "data" / "ai-terms-heldout27",
        "heldout28": ROOT / "bench" / "data" / "ai-terms-heldout28",
        "heldout29": ROOT / "bench" / "data" / "ai-terms-heldout29",
        "heldout30": ROOT / "bench" / "data" / "ai-terms-heldout30",
        "heldout31": ROOT / "bench" / "data" / "ai-terms-heldout31",
        "heldout32": ROOT / "bench" / "data" / "ai-terms-heldout32",
        "heldout33": ROOT / "bench" / "data" / "ai-terms-heldout33",
        "heldout34": ROOT / "bench" / "data" / "ai-terms-heldout34",
        "heldout35": ROOT / "bench" / "data" / "ai-terms-heldout35",
        "heldout36": ROOT / "bench" / "data" / "ai-terms-heldout36",
        "heldout37": ROOT / "bench" / "data" / "ai-terms-heldout37",
        "heldout38": ROOT / "bench" / "data" / "ai-terms-heldout38",
        "heldout39": ROOT / "bench" / "data" / "ai-terms-heldout39",
        "heldout40": ROOT / "bench" / "data" / "ai-terms-heldout40",
        "heldout41": ROOT / "bench" / "data" / "ai-terms-heldout41",
        "heldout42": ROOT / "bench" / "data" / "ai-terms-heldout42",
        "heldout43": ROOT / "bench" / "data" / "ai-terms-heldout43",
        "heldout44": ROOT / "bench" / "data" / "ai-terms-heldout44",
        "heldout45": ROOT / "bench" / "data" / "ai-terms-heldout45",
        "heldout46": ROOT / "bench" / "data" / "ai-terms-heldout46",
        "heldout47": ROOT / "bench" / "data" / "ai-terms-heldout47",
        "heldout48": ROOT / "bench" / "data" / "ai-terms-heldout48",
        "heldout49": ROOT / "bench" / "data" / "ai-terms-heldout49",
        "heldout50": ROOT / "bench" / "data" / "ai-terms-heldout50",
        "heldout51": ROOT / "bench" / "data" / "ai-terms-heldout51",
        "heldout52": ROOT / "bench" / "data" / "ai-terms-heldout52",
        "heldout53": ROOT / "bench" / "data" / "ai-terms-heldout53",
        "heldout54": ROOT / "bench" / "data" / "ai-terms-heldout54",
        "heldout55": ROOT / "bench" / "data" / "ai-terms-heldout55",
        "heldout56": ROOT / "bench" / "data" / "ai-terms-heldout56",
        "heldout57": ROOT / "bench" / "data" / "ai-terms-heldout57",
        "heldout58": ROOT / "bench" / "data" / "ai-terms-heldout58",
        "heldout59": ROOT / "bench" / "data" / "ai-terms-heldout59",
        "heldout60": ROOT / "bench" / "data" / "ai-terms-heldout60",
        "heldout61": ROOT / "bench" / "data" / "ai-terms-heldout61",
        "heldout62": ROOT / "bench" / "data" / "ai-terms-heldout62",
        "heldout63": ROOT / "bench" / "data" / "ai-terms-heldout63",
        "heldout64": ROOT / "bench" / "data" / "ai-terms-heldout64",
        "heldout65": ROOT / "bench" / "data" / "ai-terms-heldout65",
        "heldout66": ROOT / "bench" / "data" / "ai-terms-heldout66",
        "heldout67": ROOT / "bench" / "data" / "ai-terms-heldout67",
        "heldout68": ROOT / "bench" / "data" / "ai-terms-heldout68",
        "heldout69": ROOT / "bench" / "data" / "ai-terms-heldout69",
        "heldout70": ROOT / "bench" / "data" / "ai-terms-heldout70",
        "heldout71": ROOT / "bench" / "data" / "ai-terms-heldout71",
        "heldout72": ROOT / "bench" / "data" / "ai-terms-heldout72",
        "heldout73": ROOT / "bench" / "data" / "ai-terms-heldout73",
        "heldout74": ROOT / "bench" / "data" / "ai-terms-heldout74",
        "heldout75": ROOT / "bench" / "data" / "ai-terms-heldout75",
        "heldout76": ROOT / "bench" / "data" / "ai-terms-heldout76",
        "heldout77": ROOT / "bench" / "data" / "ai-terms-heldout77",
        "heldout78": ROOT / "bench" / "data" / "ai-terms-heldout78",
        "heldout79": ROOT / "bench" / "data" / "ai-terms-heldout79",
        "heldout80": ROOT / "bench" / "data" / "ai-terms-heldout80",
        "heldout81": ROOT / "bench" / "data" / "ai-terms-heldout81",
        "heldout82": ROOT / "bench" / "data" / "ai-terms-heldout82",
        "heldout83": ROOT / "bench" / "data" / "ai-terms-heldout83",
        "heldout84": ROOT / "bench" / "data" / "ai-terms-heldout84",
        "heldout85": ROOT / "bench" / "data" / "ai-terms-heldout85",
        "heldout86": ROOT / "bench" / "data" / "ai-terms-heldout86",
        "heldout87": ROOT / "bench" / "data" / "ai-terms-heldout87",
        "heldout88": ROOT / "bench" / "data" / "ai-terms-heldout88",
        "heldout89": ROOT / "bench" / "data" / "ai-terms-heldout89",
        "heldout90": ROOT / "bench" / "data" / "ai-terms-heldout90",
        "heldout91": ROOT / "bench" / "data" / "ai-terms-heldout91",
        "heldout92": ROOT / "bench" / "data" / "ai-terms-heldout92",
        "heldout93": ROOT / "bench" / "data" / "ai-terms-heldout93",
        "heldout94": ROOT / "bench" / "data" / "ai-terms-heldout94",
        "heldout95": ROOT / "bench" / "data" / "ai-terms-heldout95",
        "heldout96": ROOT / "bench" / "data" / "ai-terms-heldout96",
        "heldout97": ROOT / "bench" / "data" / "ai-terms-heldout97",
        "heldout98": ROOT / "bench" / "data" / "ai-terms-heldout98",
        "heldout99": ROOT / "bench" / "data" / "ai-terms-heldout99",
        "heldout100": ROOT / "bench" / "data" / "ai-terms-heldout100",
        "heldout101": ROOT / "bench" / "data" / "ai-terms-heldout101",
        "heldout102": ROOT / "bench" / "data" / "ai-terms-heldout102",
        "heldout103": ROOT / "bench" / "data" / "ai-terms-heldout103",
        "heldout104": ROOT / "bench" / "data" / "ai-terms-heldout104",
        "heldout105": ROOT / "bench" / "data" / "ai-terms-heldout105",
        "heldout106": ROOT / "bench" / "data" / "ai-terms-heldout106",
        "heldout107": ROOT / "bench" / "data" / "ai-terms-heldout107",
        "heldout108": ROOT / "bench" / "data" / "ai-terms-heldout108",
        "heldout109": ROOT / "bench" / "data" / "ai-terms-heldout109",
        "heldout110": ROOT / "bench" / "data" / "ai-terms-heldout110",
        "heldout111": ROOT / "bench" / "data" / "ai-terms-heldout111",
        "heldout112": ROOT / "bench" / "data" / "ai-terms-heldout112",
        "heldout113": ROOT / "bench" / "data" / "ai-terms-heldout113",
        "heldout114": ROOT / "bench" / "data" / "ai-terms-heldout114",
        "heldout115": ROOT / "bench" / "data" / "ai-terms-heldout115",
        "heldout116": ROOT / "bench" / "data" / "ai-terms-heldout116",
        "heldout117": ROOT / "bench" / "data" / "ai-terms-heldout117",
        "heldout118": ROOT / "bench" / "data" / "ai-terms-heldout118",
        "heldout119": ROOT / "bench" / "data" / "ai-terms-heldout119",
        "heldout120": ROOT / "bench" / "data" / "ai-terms-heldout120",
        "heldout121": ROOT / "bench" / "data" / "ai-terms-heldout121",
        "heldout122": ROOT / "bench" / "data" / "ai-terms-heldout122",
        "heldout123": ROOT / "bench" / "data" / "ai-terms-heldout123",
        "heldout124": ROOT / "bench" / "data" / "ai-terms-heldout124",
        "heldout125": ROOT / "bench" / "data" / "ai-terms-heldout125",
        "heldout126": ROOT / "bench" / "data" / "ai-terms-heldout126",
        "heldout127": ROOT / "bench" / "data" / "ai-terms-heldout127",
        "heldout128": ROOT / "bench" / "data" / "ai-terms-heldout128",
        "heldout129": ROOT / "bench" / "data" / "ai-terms-heldout129",
        "heldout130": ROOT / "bench" / "data" / "ai-terms-heldout130",
        "heldout131": ROOT / "bench" / "data" / "ai-terms-heldout131",
        "heldout132": ROOT / "bench" / "data" / "ai-terms-heldout132",
        "heldout133": ROOT / "bench" / "data" / "ai-terms-heldout133",
        "heldout134": ROOT / "bench" / "data" / "ai-terms-heldout134",
        "heldout135": ROOT / "bench" / "data" / "ai-terms-heldout135",
        "heldout136": ROOT / "bench" / "data" / "ai-terms-heldout136",
        "heldout137": ROOT / "bench" / "data" / "ai-terms-heldout137",
        "heldout138": ROOT / "bench" / "data" / "ai-terms-heldout138",
        "heldout139": ROOT / "bench" / "data" / "ai-terms-heldout139",
        "heldout140": ROOT / "bench" / "data" / "ai-terms-heldout140",
        "heldout141": ROOT / "bench" / "data" / "ai-terms-heldout141",
        "heldout142": ROOT / "bench" / "data" / "ai-terms-heldout142",
        "heldout143": ROOT / "bench" / "data" / "ai-terms-heldout143",
        "heldout144": ROOT / "bench" / "data" / "ai-terms-heldout144",
        "heldout145": ROOT / "bench" / "data" / "ai-terms-heldout145",
        "heldout146": ROOT / "bench" / "data" / "ai-terms-heldout146",
        "heldout147": ROOT / "bench" / "data" / "ai-terms-heldout147",
        "heldout148": ROOT / "bench" / "data" / "ai-terms-heldout148",
        "heldout149": ROOT / "bench" / "data" / "ai-terms-heldout149",
        "heldout150": ROOT / "bench" / "data" / "ai-terms-heldout150",
        "heldout151": ROOT / "bench" / "data" / "ai-terms-heldout151",
        "heldout152": ROOT / "bench" / "data" / "ai-terms-heldout152",
        "heldout153": ROOT / "bench" / "data" / "ai-terms-heldout153",
        "heldout154": ROOT / "bench" / "data" / "ai-terms-heldout154",
        "heldout155": ROOT / "bench" / "data" / "ai-terms-heldout155",
        "heldout156": ROOT / "bench" / "data" / "ai-terms-heldout156",
        "heldout157": ROOT / "bench" / "data" / "ai-terms-heldout157",
        "heldout158": ROOT / "bench" / "data" / "ai-terms-heldout158",
        "heldout159": ROOT / "bench" / "data" / "ai-terms-heldout159",
        "heldout160": ROOT / "bench" / "data" / "ai-terms-heldout160",
        "heldout161": ROOT / "bench" / "data" / "ai-terms-heldout161",
        "heldout162": ROOT / "bench" / "data" / "ai-terms-heldout162",
        "heldout163": ROOT / "bench" / "data" / "ai-terms-heldout163",
        "heldout164": ROOT / "bench" / "data" / "ai-terms-heldout164",
        "heldout165": ROOT / "bench" / "data" / "ai-terms-heldout165",
        "heldout166": ROOT / "bench" / "data" / "ai-terms-heldout166",
        "heldout167": ROOT / "bench" / "data" / "ai-terms-heldout167",
        "heldout168": ROOT / "bench" / "data" / "ai-terms-heldout168",
        "heldout169": ROOT / "bench" / "data" / "ai-terms-heldout169",
        "heldout170": ROOT / "bench" / "data" / "ai-terms-heldout170",
        "heldout171": ROOT / "bench" / "data" / "ai-terms-heldout171",
        "heldout172": ROOT / "bench" / "data" / "ai-terms-heldout172",
        "heldout173": ROOT / "bench" / "data" / "ai-terms-heldout173",
        "heldout174": ROOT / "bench" / "data" / "ai-terms-heldout174",
        "heldout175": ROOT / "bench" / "data" / "ai-terms-heldout175",
        "heldout176": ROOT / "bench" / "data" / "ai-terms-heldout176",
        "heldout177": ROOT / "bench" / "data" / "ai-terms-heldout177",
        "heldout178": ROOT / "bench" / "data" / "ai-terms-heldout178",
        "heldout179": ROOT / "bench" / "data" / "ai-terms-heldout179",
        "heldout180": ROOT / "bench" / "data" / "ai-terms-heldout180",
        "heldout181": ROOT / "bench" / "data" / "ai-terms-heldout181",
        "heldout182": ROOT / "bench" / "data" / "ai-terms-heldout182",
        "heldout183": ROOT / "bench" / "data" / "ai-terms-heldout183",
        "heldout184": ROOT / "bench" / "data" / "ai-terms-heldout184",
        "heldout185": ROOT / "bench" / "data" / "ai-terms-heldout185",
        "heldout186": ROOT / "bench" / "data" / "ai-terms-heldout186",
        "heldout187": ROOT / "bench" / "data" / "ai-terms-heldout187",
        "heldout188": ROOT / "bench" / "data" / "ai-terms-heldout188",
        "heldout189": ROOT / "bench" / "data" / "ai-terms-heldout189",
        "heldout190": ROOT / "bench" / "data" / "ai-terms-heldout190",
        "heldout191": ROOT / "bench" / "data" / "ai-terms-heldout191",
        "heldout192": ROOT / "bench" / "data" / "ai-terms-heldout192",
        "heldout193": ROOT / "bench" / "data" / "ai-terms-heldout193",
        "heldout194": ROOT / "bench" / "data" / "ai-terms-heldout194",
        "heldout195": ROOT / "bench" / "data" / "ai-terms-heldout195",
        "heldout196": ROOT / "bench" / "data" / "ai-terms-heldout196",
        "heldout197": ROOT / "bench" / "data" / "ai-terms-heldout197",
        "heldout198": ROOT / "bench" / "data" / "ai-terms-heldout198",
        "heldout199": ROOT / "bench" / "data" / "ai-terms-heldout199",
        "heldout200": ROOT / "bench" / "data" / "ai-terms-heldout200",
        "heldout201": ROOT / "bench" / "data" / "ai-terms-heldout201",
        "heldout202": ROOT / "bench" / "data" / "ai-terms-heldout202",
        "heldout203": ROOT / "bench" / "data" / "ai-terms-heldout203",
        "heldout204": ROOT / "bench" / "data" / "ai-terms-heldout204",
        "heldout205": ROOT / "bench" / "data" / "ai-terms-heldout205",
        "heldout206": ROOT / "bench" / "data" / "ai-terms-heldout206",
        "heldout207": ROOT / "bench" / "data" / "ai-terms-heldout207",
        "heldout208": ROOT / "bench" / "data" / "ai-terms-heldout208",
        "heldout209": ROOT / "bench" / "data" / "ai-terms-heldout209",
        "heldout210": ROOT / "bench" / "data" / "ai-terms-heldout210",
        "heldout211": ROOT / "bench" / "data" / "ai-terms-heldout211",
        "heldout212": ROOT / "bench" / "data" / "ai-terms-heldout212",
        "heldout213": ROOT / "bench" / "data" / "ai-terms-heldout213",
        "heldout214": ROOT / "bench" / "data" / "ai-terms-heldout214",
        "heldout215": ROOT / "bench" / "data" / "ai-terms-heldout215",
        "heldout216": ROOT / "bench" / "data" / "ai-terms-heldout216",
        "heldout217": ROOT / "bench" / "data" / "ai-terms-heldout217",
        "heldout218": ROOT / "bench" / "data" / "ai-terms-heldout218",
        "heldout219": ROOT / "bench" / "data" / "ai-terms-heldout219",
        "heldout220": ROOT / "bench" / "data" / "ai-terms-heldout220",
        "heldout221": ROOT / "bench" / "data" / "ai-terms-heldout221",
        "heldout222": ROOT / "bench" / "data" / "ai-terms-heldout222",
        "heldout223": ROOT / "bench" / "data" / "ai-terms-heldout223",
        "heldout224": ROOT / "bench" / "data" / "ai-terms-heldout224",
        "heldout225": ROOT / "bench" / "data" / "ai-terms-heldout225",
        "heldout226": ROOT / "bench" / "data" / "ai-terms-heldout226",
        "heldout227": ROOT / "bench" / "data" / "ai-terms-heldout227",
        "heldout228": ROOT / "bench" / "data" / "ai-terms-heldout228",
        "heldout229": ROOT / "bench" / "data" / "ai-terms-heldout229",
        "heldout230": ROOT / "bench" / "data" / "ai-terms-heldout230",
        "heldout231": ROOT / "bench" / "data" / "ai-terms-heldout231",
        "heldout232": ROOT / "bench" / "data" / "ai-terms-heldout232",
        "heldout233": ROOT / "bench" / "data" / "ai-terms-heldout233",
        "heldout234": ROOT / "bench" / "data" / "ai-terms-heldout234",
        "heldout235": ROOT / "bench" / "data" / "ai-terms-heldout235",
        "heldout236": ROOT / "bench" / "data" / "ai-terms-heldout236",
        "heldout237": ROOT / "bench" / "data" / "ai-terms-heldout237",
        "heldout238": ROOT / "bench" / "data" / "ai-terms-heldout238",
        "heldout239": ROOT / "bench" / "data" / "ai-terms-heldout239",
        "heldout240": ROOT / "bench" / "data" / "ai-terms-heldout240",
        "heldout241": ROOT / "bench" / "data" / "ai-terms-heldout241",
        "heldout242": ROOT / "bench" / "data" / "ai-terms-heldout242",
        "heldout243": ROOT / "bench" / "data" / "ai-terms-heldout243",
        "heldout244": ROOT / "bench" / "data" / "ai-terms-heldout244",
        "heldout245": ROOT / "bench" / "data" / "ai-terms-heldout245",
        "heldout246": ROOT / "bench" / "data" / "ai-terms-heldout246",
        "heldout247": ROOT / "bench" / "data" / "ai-terms-heldout247",
        "heldout248": ROOT / "bench" / "data" / "ai-terms-heldout248",
        "heldout249": ROOT / "bench" / "data" / "ai-terms-heldout249",
        "heldout250": ROOT / "bench" / "data" / "ai-terms-heldout250",
        "heldout251": ROOT / "bench" / "data" / "ai-terms-heldout251",
        "heldout252": ROOT / "bench" / "data" / "ai-terms-heldout252",
        "heldout253": ROOT / "bench" / "data" / "ai-terms-heldout253",
        "heldout254": ROOT / "bench" / "data" / "ai-terms-heldout254",
        "heldout255": ROOT / "bench" / "data" / "ai-terms-heldout255",
        "heldout256": ROOT / "bench" / "data" / "ai-terms-heldout256",
        "heldout257": ROOT / "bench" / "data" / "ai-terms-heldout257",
        "heldout258": ROOT / "bench" / "data" / "ai-terms-heldout258",
        "heldout259": ROOT / "bench" / "data" / "ai-terms-heldout259",
        "heldout260": ROOT / "bench" / "data" / "ai-terms-heldout260",
        "heldout261": ROOT / "bench" / "data" / "ai-terms-heldout261",
        "heldout262": ROOT / "bench" / "data" / "ai-terms-heldout262",
        "heldout263": ROOT / "bench" / "data" / "ai-terms-heldout263",
        "heldout264": ROOT / "bench" / "data" / "ai-terms-heldout264",
        "heldout265": ROOT / "bench" / "data" / "ai-terms-heldout265",
        "heldout266": ROOT / "bench" / "data" / "ai-terms-heldout266",
        "heldout267": ROOT / "bench" / "data" / "ai-terms-heldout267",
        "heldout268": ROOT / "bench" / "data" / "ai-terms-heldout268",
        "heldout269": ROOT / "bench" / "data" / "ai-terms-heldout269",
        "heldout270": ROOT / "bench" / "data" / "ai-terms-heldout270",
        "heldout271": ROOT / "bench" / "data" / "ai-terms-heldout271",
        "heldout272": ROOT / "bench" / "data" / "ai-terms-heldout272",
        "heldout273": ROOT / "bench" / "data" / "ai-terms-heldout273",
        "heldout274": ROOT / "bench" / "data" / "ai-terms-heldout274",
        "heldout275": ROOT / "bench" / "data" / "ai-terms-heldout275",
        "heldout276": ROOT / "bench" / "data" / "ai-terms-heldout276",
        "heldout277": ROOT / "bench" / "data" / "ai-terms-heldout277",
        "heldout278": ROOT / "bench" / "data" / "ai-terms-heldout278",
        "heldout279": ROOT / "bench" / "data" / "ai-terms-heldout279",
        "heldout280": ROOT / "bench" / "data" / "ai-terms-heldout280",
        "heldout281": ROOT / "bench" / "data" / "ai-terms-heldout281",
        "heldout282": ROOT / "bench" / "data" / "ai-terms-heldout282",
        "heldout283": ROOT / "bench" / "data" / "ai-terms-heldout283",
        "heldout284": ROOT / "bench" / "data" / "ai-terms-heldout284",
        "heldout285": ROOT / "bench" / "data" / "ai-terms-heldout285",
        "heldout286": ROOT / "bench" / "data" / "ai-terms-heldout286",
        "heldout287": ROOT / "bench" / "data" / "ai-terms-heldout287",
        "heldout288": ROOT / "bench" / "data" / "ai-terms-heldout288",
        "heldout289": ROOT / "bench" / "data" / "ai-terms-heldout289",
        "heldout290": ROOT / "bench" / "data" / "ai-terms-heldout290",
        "heldout291": ROOT / "bench" / "data" / "ai-terms-heldout291",
        "heldout292": ROOT / "bench" / "data" / "ai-terms-heldout292",
        "heldout293": ROOT / "bench" / "data" / "ai-terms-heldout293",
        "heldout294": ROOT / "bench" / "data" / "ai-terms-heldout294",
        "heldout295": ROOT / "bench" / "data" / "ai-terms-heldout295",
        "heldout296": ROOT / "bench" / "data" / "ai-terms-heldout296",
        "heldout297": ROOT / "bench" / "data" / "ai-terms-heldout297",
        "heldout298": ROOT / "bench" / "data" / "ai-terms-heldout298",
        "heldout299": ROOT / "bench" / "data" / "ai-terms-heldout299",
        "heldout300": ROOT / "bench" / "data" / "ai-terms-heldout300",
        "heldout301": ROOT / "bench" / "data" / "ai-terms-heldout301",
        "heldout302": ROOT / "bench" / "data" / "ai-terms-heldout302",
        "heldout303": ROOT / "bench" / "data" / "ai-terms-heldout303",
        "heldout304": ROOT / "bench" / "data" / "ai-terms-heldout304",
        "heldout305": ROOT / "bench" / "data" / "ai-terms-heldout305",
        "heldout306": ROOT / "bench" / "data" / "ai-terms-heldout306",
        "heldout307": ROOT / "bench" / "data" / "ai-terms-heldout307",
        "heldout308": ROOT / "bench" / "data" / "ai-terms-heldout308",
        "heldout309": ROOT / "bench" / "data" / "ai-terms-heldout309",
        "heldout310": ROOT / "bench" / "data" / "ai-terms-heldout310",
        "heldout311": ROOT / "bench" / "data" / "ai-terms-heldout311",
        "heldout312": ROOT / "bench" / "data" / "ai-terms-heldout312",
        "heldout313": ROOT / "bench" / "data" / "ai-terms-heldout313",
        "heldout314": ROOT / "bench" / "data" / "ai-terms-heldout314",
        "heldout315": ROOT / "bench" / "data" / "ai-terms-heldout315",
        "heldout316": ROOT / "bench" / "data" / "ai-terms-heldout316",
        "heldout317": ROOT / "bench" / "data" / "ai-terms-heldout317",
        "heldout318": ROOT / "bench" / "data" / "ai-terms-heldout318",
        "heldout319": ROOT / "bench" / "data" / "ai-terms-heldout319",
        "heldout320": ROOT / "bench" / "data" / "ai-terms-heldout320",
        "heldout321": ROOT / "bench" / "data" / "ai-terms-heldout321",
        "heldout322": ROOT / "bench" / "data" / "ai-terms-heldout322",
        "heldout323": ROOT / "bench" / "data" / "ai-terms-heldout323",
        "heldout324": ROOT / "bench" / "data" / "ai-terms-heldout324",
        "heldout325": ROOT / "bench" / "data" / "ai-terms-heldout325",
        "heldout326": ROOT / "bench" / "data" / "ai-terms-heldout326",
        "heldout327": ROOT / "bench" / "data" / "ai-terms-heldout327",
        "heldout328": ROOT / "bench" / "data" / "ai-terms-heldout328",
        "heldout329": ROOT / "bench" / "data" / "ai-terms-heldout329",
        "heldout330": ROOT / "bench" / "data" / "ai-terms-heldout330",
        "heldout331": ROOT / "bench" / "data" / "ai-terms-heldout331",
        "heldout332": ROOT / "bench" / "data" / "ai-terms-heldout332",
        "heldout333": ROOT / "bench" / "data" / "ai-terms-heldout333",
        "heldout334": ROOT / "bench" / "data" / "ai-terms-heldout334",
        "heldout335": ROOT / "bench" / "data" / "ai-terms-heldout335",
        "heldout336": ROOT / "bench" / "data" / "ai-terms-heldout336",
        "heldout337": ROOT / "bench" / "data" / "ai-terms-heldout337",
        "heldout338": ROOT / "bench" / "data" / "ai-terms-heldout338",
        "heldout339": ROOT / "bench" / "data" / "ai-terms-heldout339",
        "heldout340": ROOT / "bench" / "data" / "ai-terms-heldout340",
        "heldout341": ROOT / "bench" / "data" / "ai-terms-heldout341",
        "heldout342": ROOT / "bench" / "data" / "ai-terms-heldout342",
        "heldout343": ROOT / "bench" / "data" / "ai-terms-heldout343",
        "heldout344": ROOT / "bench" / "data" / "ai-terms-heldout344",
        "heldout345": ROOT / "bench" / "data" / "ai-terms-heldout345",
        "heldout346": ROOT / "bench" / "data" / "ai-terms-heldout346",
        "heldout347": ROOT / "bench" / "data" / "ai-terms-heldout347",
        "heldout348": ROOT / "bench" / "data" / "ai-terms-heldout348",
        "heldout349": ROOT / "bench" / "data" / "ai-terms-heldout349",
        "heldout350": ROOT / "bench" / "data" / "ai-terms-heldout350",
        "heldout351": ROOT / "bench" / "data" / "ai-terms-heldout351",
        "heldout352": ROOT / "bench" / "data" / "ai-terms-heldout352",
        "heldout353": ROOT / "bench" / "data" / "ai-terms-heldout353",
        "heldout354": ROOT / "bench" / "data" / "ai-terms-heldout354",
        "heldout355": ROOT / "bench" / "data" / "ai-terms-heldout355",
        "heldout356": ROOT / "bench" / "data" / "ai-terms-heldout356",
        "heldout357": ROOT / "bench" / "data" / "ai-terms-heldout357",
        "heldout358": ROOT / "bench" / "data" / "ai-terms-heldout358",
        "heldout359": ROOT / "bench" / "data" / "ai-terms-heldout359",
        "heldout360": ROOT / "bench" / "data" / "ai-terms-heldout360",
        "heldout361": ROOT / "bench" / "data" / "ai-terms-heldout361",
        "heldout362": ROOT / "bench" / "data" / "ai-terms-heldout362",
        "heldout363": ROOT / "bench" / "data" / "ai-terms-heldout363",
        "heldout364": ROOT / "bench" / "data" / "ai-terms-heldout364",
        "heldout365": ROOT / "bench" / "data" / "ai-terms-heldout365",
        "heldout366": ROOT / "bench" / "data" / "ai-terms-heldout366",
        "heldout367": ROOT / "bench" / "data" / "ai-terms-heldout367",
        "heldout368": ROOT / "bench" / "data" / "ai-terms-heldout368",
        "heldout369": ROOT / "bench" / "data" / "ai-terms-heldout369",
        "heldout370": ROOT / "bench" / "data" / "ai-terms-heldout370",
        "heldout371": ROOT / "bench" / "data" / "ai-terms-heldout371",
        "heldout372": ROOT / "bench" / "data" / "ai-terms-heldout372",
        "heldout373": ROOT / "bench" / "data" / "ai-terms-heldout373",
        "heldout374": ROOT / "bench" / "data" / "ai-terms-heldout374",
        "heldout375": ROOT / "bench" / "data" / "ai-terms-heldout375",
        "heldout376": ROOT / "bench" / "data" / "ai-terms-heldout376",
        "heldout377": ROOT / "bench" / "data" / "ai-terms-heldout377",
        "heldout378": ROOT / "bench" / "data" / "ai-terms-heldout378",
        "heldout379": ROOT / "bench" / "data" / "ai-terms-heldout379",
        "heldout380": ROOT / "bench" / "data" / "ai-terms-heldout380",
        "heldout381": ROOT / "bench" / "data" / "ai-terms-heldout381",
        "heldout382": ROOT / "bench" / "data" / "ai-terms-heldout382",
        "heldout383": ROOT / "bench" / "data" / "ai-terms-heldout383",
        "heldout384": ROOT / "bench" / "data" / "ai-terms-heldout384",
        "heldout385": ROOT / "bench" / "data" / "ai-terms-heldout385",
        "heldout386": ROOT / "bench" / "data" / "ai-terms-heldout386",
        "heldout387": ROOT / "bench" / "data" / "ai-terms-heldout387",
        "heldout388": ROOT / "bench" / "data" / "ai-terms-heldout388",
        "heldout389": ROOT / "bench" / "data" / "ai-terms-heldout389",
        "heldout390": ROOT / "bench" / "data" / "ai-terms-heldout390",
        "heldout391": ROOT / "bench" / "data" / "ai-terms-heldout391",
        "heldout392": ROOT / "bench" / "data" / "ai-terms-heldout392",
        "heldout393": ROOT / "bench" / "data" / "ai-terms-heldout393",
        "heldout394": ROOT / "bench" / "data" / "ai-terms-heldout394",
        "heldout395": ROOT / "bench" / "data" / "ai-terms-heldout395",
        "heldout396": ROOT / "bench" / "data" / "ai-terms-heldout396",
        "heldout397": ROOT / "bench" / "data" / "ai-terms-heldout397",
        "heldout398": ROOT / "bench" / "data" / "ai-terms-heldout398",
        "heldout399": ROOT / "bench" / "data" / "ai-terms-heldout399",
        "heldout400": ROOT / "bench" / "data" / "ai-terms-heldout400",
        "heldout401": ROOT / "bench" / "data" / "ai-terms-heldout401",
        "heldout402": ROOT / "bench" / "data" / "ai-terms-heldout402",
        "heldout403": ROOT / "bench" / "data" / "ai-terms-heldout403",
        "heldout404": ROOT / "bench" / "data" / "ai-terms-heldout404",
        "heldout405": ROOT / "bench" / "data" / "ai-terms-heldout405",
        "heldout406": ROOT / "bench" / "data" / "ai-terms-heldout406",
        "heldout407": ROOT / "bench" / "data" / "ai-terms-heldout407",
        "heldout408": ROOT / "bench" / "data" / "ai-terms-heldout408",
        "heldout409": ROOT / "bench" / "data" / "ai-terms-heldout409",
        "heldout410": ROOT / "bench" / "data" / "ai-terms-heldout410",
        "heldout411": ROOT / "bench" / "data" / "ai-terms-heldout411",
        "heldout412": ROOT / "bench" / "data" / "ai-terms-heldout412",
        "heldout413": ROOT / "bench" / "data" / "ai-terms-heldout413",
        "heldout414": ROOT / "bench" / "data" / "ai-terms-heldout414",
        "heldout415": ROOT / "bench" / "data" / "ai-terms-heldout415",
        "heldout416": ROOT / "bench" / "data" / "ai-terms-heldout416",
        "heldout417": ROOT / "bench" / "data" / "ai-terms-heldout417",
        "heldout418": ROOT / "bench" / "data" / "ai-terms-heldout418",
        "heldout419": ROOT / "bench" / "data" / "ai-terms-heldout419",
        "heldout420": ROOT / "bench" / "data" / "ai-terms-heldout420",
        "heldout421": ROOT / "bench" / "data" / "ai-terms-heldout421",
        "heldout422": ROOT / "bench" / "data" / "ai-terms-heldout422",
        "heldout423": ROOT / "bench" / "data" / "ai-terms-heldout423",
        "heldout424": ROOT / "bench" / "data" / "ai-terms-heldout424",
        "heldout425": ROOT / "bench" / "data" / "ai-terms-heldout425",
        "heldout426": ROOT / "bench" / "data" / "ai-terms-heldout426",
        "heldout427": ROOT / "bench" / "data" / "ai-terms-heldout427",
        "heldout428": ROOT / "bench" / "data" / "ai-terms-heldout428",
        "heldout429": ROOT / "bench" / "data" / "ai-terms-heldout429",
        "heldout430": ROOT / "bench" / "data" / "ai-terms-heldout430",
        "heldout431": ROOT / "bench" / "data" / "ai-terms-heldout431",
        "heldout432": ROOT / "bench" / "data" / "ai-terms-heldout432",
        "heldout433": ROOT / "bench" / "data" / "ai-terms-heldout433",
        "heldout434": ROOT / "bench" / "data" / "ai-terms-heldout434",
        "heldout435": ROOT / "bench" / "data" / "ai-terms-heldout435",
        "heldout436": ROOT / "bench" / "data" / "ai-terms-heldout436",
        "heldout437": ROOT / "bench" / "data" / "ai-terms-heldout437",
        "heldout438": ROOT / "bench" / "data" / "ai-terms-heldout438",
        "heldout439": ROOT / "bench" / "data" / "ai-terms-heldout439",
        "heldout440": ROOT / "bench" / "data" / "ai-terms-heldout440",
        "heldout441": ROOT / "bench" / "data" / "ai-terms-heldout441",
        "heldout442": ROOT / "bench" / "data" / "ai-terms-heldout442",
        "heldout443": ROOT / "bench" / "data" / "ai-terms-heldout443",
        "heldout444": ROOT / "bench" / "data" / "ai-terms-heldout444",
        "heldout445": ROOT / "bench" / "data" / "ai-terms-heldout445",
        "heldout446": ROOT / "bench" / "data" / "ai-terms-heldout446",
        "heldout447": ROOT / "bench" / "data" / "ai-terms-heldout447",
        "heldout448": ROOT / "bench" / "data" / "ai-terms-heldout448",
        "heldout449": ROOT / "bench" / "data" / "ai-terms-heldout449",
        "heldout450": ROOT / "bench" / "data" / "ai-terms-heldout450",
        "heldout451": ROOT / "bench" / "data" / "ai-terms-heldout451",
        "heldout452": ROOT / "bench" / "data" / "ai-terms-heldout452",
        "heldout453": ROOT / "bench" / "data" / "ai-terms-heldout453",
        "heldout454": ROOT / "bench" / "data" / "ai-terms-heldout454",
        "heldout455": ROOT / "bench" / "data" / "ai-terms-heldout455",
    }


def load_labels(path: Path) -> dict[str, Any]:
    labels = yaml.safe_load(path.read_text(encoding="utf-8"))
    if tuple(labels["topics"]) != CORE:
        raise SystemExit(f"{path}: topics differ from CORE in this script")
    for name, doc in labels["documents"].items():
        if set(doc["labels"]) != set(CORE):
            raise SystemExit(f"{path}: {name} does not label exactly the core topics")
    return labels


def pct(good: int, total: int) -> str:
    return f"{good:3d}/{total:<3d} {good / total:5.0%}" if total else "  -/0        "


def score_line(name: str, outcomes: list[Outcome]) -> str:
    status = sum(o.status_ok for o in outcomes)
    both = [o for o in outcomes if o.both_addressed]
    position = sum(o.position_ok for o in both)
    joint = sum(o.joint_ok for o in outcomes)
    review = sum(o.engine_status == "needs-review" for o in outcomes)
    return (
        f"  {name:34s} status {pct(status, len(outcomes))}   position {pct(position, len(both))}   "
        f"joint {pct(joint, len(outcomes))}   needs-review {review}"
    )


def review_one(path: Path, doc: dict[str, Any], args: argparse.Namespace, catalog: Any) -> list[Outcome]:
    started = time.perf_counter()
    review = review_documents(
        [load_document(path)],
        catalog,
        Profile(),
        user_name=doc.get("user_name"),
        vendor_name=doc.get("vendor_name"),
        use_embeddings=args.embeddings,
    )
    seconds = time.perf_counter() - started
    lang = doc["lang"]
    outcomes = []
    for topic in CORE:
        summary = review.topics[topic]
        label = doc["labels"][topic]
        quote = " ".join(summary.evidence[0].quote.split()) if summary.evidence else ""
        outcomes.append(
            Outcome(
                path.name,
                lang,
                topic,
                label["status"],
                label["position"],
                summary.status,
                summary.position,
                quote,
            )
        )
    if not args.quiet:
        names = "".join(f", {key} {doc[key]}" for key in ("user_name", "vendor_name") if doc.get(key))
        print(f"\n{path.name}  [{lang}{names}]  ({len(review.documents[0].text):,} chars, {seconds:.1f} s)")
        print(f"  {'':3s}{'topic':32s} {'label':15s} {'engine':20s} engine quote")
        for o in outcomes:
            mark = "ok" if o.joint_ok else ("~" if o.status_ok else "XX")
            label = f"{o.label_status[:4]} {SHORT[o.label_position]}"
            engine = f"{o.engine_status} {SHORT[o.engine_position]}"
            print(f"  {mark:3s}{o.topic:32s} {label:15s} {engine:20s} {o.engine_quote[:90]}")
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument(
        "--embeddings", action="store_true", help="also use sentence embeddings (off by default, as in aicc)"
    )
    parser.add_argument("--only", metavar="GLOB", help="review only documents whose file name matches GLOB")
    parser.add_argument("--quiet", action="store_true", help="print the scores only, not the per-document tables")
    args = parser.parse_args()

    labels = load_labels(args.labels)
    dirs = set_dirs(args.data)
    catalog = load_catalog()
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    for name, doc in labels["documents"].items():
        if args.only and not fnmatch.fnmatch(name, args.only):
            continue
        path = dirs[doc["set"]] / name
        if not path.exists():
            print(f"\n{name}: not found at {path}, skipped")
            continue
        outcomes += review_one(path, doc, args, catalog)
    wall = time.perf_counter() - started
    if not outcomes:
        raise SystemExit("no documents reviewed")

    documents = sorted({o.document for o in outcomes})
    print(f"\n== {len(documents)} documents, {len(outcomes)} labels, reviews took {wall:.1f} s wall time")
    print("   (~ = status right, position wrong; needs-review is counted wrong for status)")
    print("\nby language")
    print(score_line("all", outcomes))
    for lang in sorted({o.lang for o in outcomes}):
        print(score_line(lang, [o for o in outcomes if o.lang == lang]))
    print("\nby topic")
    for topic in CORE:
        print(score_line(topic, [o for o in outcomes if o.topic == topic]))

    print("\nlabel counts (addressed / silent)")
    for lang in sorted({o.lang for o in outcomes}):
        counts = Counter(o.label_status for o in outcomes if o.lang == lang)
        print(f"  {lang}: {counts['addressed']} / {counts['silent']}")

    print("\nstatus confusion (label -> engine)")
    status_counts = Counter((o.label_status, o.engine_status) for o in outcomes)
    for (label, engine), n in sorted(status_counts.items()):
        print(f"  {label:9s} -> {engine:12s} {n}")

    print("\nposition confusion where both say addressed (rows label, columns engine)")
    grid: dict[str | None, Counter[str | None]] = defaultdict(Counter)
    for o in outcomes:
        if o.both_addressed:
            grid[o.label_position][o.engine_position] += 1
    columns: tuple[str | None, ...] = (*POSITIONS, None)
    print("  " + " " * 13 + "".join(f"{SHORT[c]:>7s}" for c in columns))
    for row in POSITIONS:
        print(f"  {row:13s}" + "".join(f"{grid[row][c]:7d}" for c in columns))


if __name__ == "__main__":
    main()
