"""Frames: cue lexicons for the MFC dimensions and Semetko & Valkenburg's generic frames."""

from __future__ import annotations

import dataclasses

import pytest

from framing.frames import frame_names, frame_scores, presence_thresholds
from framing.segment import segment


def frames_of(text: str) -> dict:
    return {f.name: f for f in frame_scores(segment(text))}


def cue_texts(text: str, frame) -> set[str]:
    return {text[c.start:c.end].lower() for c in frame.cues}


MFC = {
    "economic", "capacity_and_resources", "morality", "fairness_and_equality",
    "legality_constitutionality_and_jurisprudence", "policy_prescription_and_evaluation",
    "crime_and_punishment", "security_and_defense", "health_and_safety", "quality_of_life",
    "cultural_identity", "public_opinion", "political", "external_regulation_and_reputation",
}
SEMETKO_VALKENBURG = {"conflict", "responsibility", "human_interest", "economic_consequences", "moral_message"}


def test_both_schemes_are_complete():
    names = frame_names()
    assert {n for n, s, _ in names if s == "mfc"} == MFC
    assert {n for n, s, _ in names if s == "semetko_valkenburg"} == SEMETKO_VALKENBURG


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The plan will cost taxpayers billions and hurt the economy.", "economic", "economy"),
        ("Hospitals face a shortage of beds and staff.", "capacity_and_resources", "shortage"),
        ("The bishop said it was a moral duty before God.", "morality", "moral"),
        ("Critics called the rule a double standard that favours the rich.", "fairness_and_equality",
         "double standard"),
        ("The Supreme Court ruled the law unconstitutional.", "legality_constitutionality_and_jurisprudence",
         "supreme court"),
        ("The new policy aims to cut waiting times.", "policy_prescription_and_evaluation", "policy"),
        ("Police arrested the suspect after the robbery.", "crime_and_punishment", "arrested"),
        ("The army fired missiles at enemy positions.", "security_and_defense", "missiles"),
        ("The outbreak filled hospitals with patients.", "health_and_safety", "outbreak"),
        ("Families lost their homes and livelihoods.", "quality_of_life", "livelihoods"),
        ("The festival celebrates the region's heritage and traditions.", "cultural_identity", "heritage"),
        ("A new poll shows most voters oppose the plan.", "public_opinion", "poll"),
        ("Republicans and Democrats traded blame before the election.", "political", "republicans"),
        ("The sanctions strained diplomatic relations with Beijing.", "external_regulation_and_reputation",
         "sanctions"),
        ("The two parties clashed and critics accused the minister of lying.", "conflict", "clashed"),
        ("The government is responsible for the delays, critics say.", "responsibility", "responsible for"),
        ("A grieving mother described the tragedy that took her son.", "human_interest", "tragedy"),
        ("The war could cost the country billions in lost trade.", "economic_consequences", "cost"),
        ("We must do the right thing, the pastor told his church.", "moral_message", "right thing"),
    ],
)
def test_cues_find_their_frame(text, frame, cue):
    found = frames_of(text)
    assert frame in found, sorted(found)
    assert cue in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The investigation into the investors continued.", "crime_and_punishment"),  # investigat*, not invest*
        ("It is important to import grain.", "external_regulation_and_reputation"),
    ],
)
def test_stems_do_not_overreach(text, frame):
    found = frames_of(text)
    if "economic" in found:
        assert "investigation" not in cue_texts(text, found["economic"])
    if frame in found:
        assert "important" not in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The hotel trains its staff in hospitality.", "health_and_safety"),  # hospital*, spelled out
        ("The photo had been doctored before it was posted.", "health_and_safety"),  # doctor*
        ("The train to Sacramento left at noon.", "morality"),  # sacrament*
        ("The escalator at the station broke again.", "security_and_defense"),  # escalat*
        ("Cheap sensors democratize weather forecasting.", "political"),  # democrat*
        ("The tenants grew accustomed to the noise.", "conflict"),  # accus*
        ("The library holds letters by Churchill.", "moral_message"),  # church*
    ],
)
def test_stems_spelled_out_miss_their_lookalikes(text, frame):
    assert frame not in frames_of(text)


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("Two patients were hospitalized with the flu.", "health_and_safety", "hospitalized"),
        ("Ebola spread to the border villages.", "health_and_safety", "ebola"),
        ("Doctors said the symptoms eased.", "health_and_safety", "doctors"),
        ("The talks could escalate the dispute.", "security_and_defense", "escalate"),
        ("The Democratic candidate and Democrat-led states backed the bill.", "political", "democrat-led"),
        ("She accused the firm of hiding the losses.", "conflict", "accused"),
        ("The new regulations on banks take effect in May.", "policy_prescription_and_evaluation", "regulations"),
    ],
)
def test_spelled_out_stems_keep_their_words(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("Critics said the city runs a two-tier justice system.", "fairness_and_equality", "two-tier"),
        ("The report found racial gaps in who gets stopped.", "fairness_and_equality", "racial"),
        ("A Gallup survey asked 900 adults about the plan.", "public_opinion", "gallup"),
        ("A loophole let the dealers skip the checks.", "crime_and_punishment", "loophole"),
        ("Wells ran dry in the villages along the river.", "quality_of_life", "villages"),
        ("Aid groups warned of starvation in the valley.", "quality_of_life", "starvation"),
    ],
)
def test_codebook_cues_of_the_fourth_round(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The Jewish community gathered at the lake for the holiday.", "quality_of_life"),
        ("The bridge has a long history of repairs.", "cultural_identity"),
        ("The auditor raised a red flag about the loan.", "cultural_identity"),
        ("The senator chose her language carefully.", "cultural_identity"),
    ],
)
def test_words_outside_their_frame_sense_do_not_count(text, frame):
    assert frame not in frames_of(text)


def test_a_death_alone_is_no_health_cue():
    # The codebook's health frame is illness, care and safety; a death or a crash is any story's
    # event (a killing is crime's, a soldier's death security's).
    assert "health_and_safety" not in frames_of("The driver died in the crash and two people were found dead.")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A government word and an ability word in one sentence answer S&V's first question.
        ("The government could ease the shortage.", True, False),
        ("The weather could improve. The government met today.", False, True),
    ],
)
def test_responsibility_needs_both_cues_in_one_sentence(text, present, absent):
    found = frames_of(text)
    question = "Does the story suggest that some level of government has the ability to alleviate the problem?"
    if present:
        assert question in found["responsibility"].questions
        assert {"government", "could"} <= cue_texts(text, found["responsibility"])
    if absent:
        assert "responsibility" not in found


def test_scores_are_sentence_shares_and_sorted():
    text = "Troops attacked the border. The army sent missiles. Prices rose. The weather was mild."
    found = frame_scores(segment(text))
    scores = [f.score for f in found]
    assert scores == sorted(scores, reverse=True)
    by_name = {f.name: f for f in found}
    assert by_name["security_and_defense"].score == pytest.approx(2 / 4)
    assert by_name["security_and_defense"].sentences == 2
    assert all(0 < f.score <= 1 and f.cue_count == len(f.cues) for f in found)


def test_score_is_length_robust():
    text = "Troops attacked the border. The weather was mild. "
    short, long = frames_of(text), frames_of(text * 10)
    assert short["security_and_defense"].score == pytest.approx(long["security_and_defense"].score)


def test_longest_cue_wins_and_cues_do_not_overlap():
    text = "The Supreme Court heard the case."
    frame = frames_of(text)["legality_constitutionality_and_jurisprudence"]
    assert cue_texts(text, frame) == {"supreme court"}


def test_plain_text_has_no_frames():
    assert frame_scores(segment("The cat sat on the mat.")) == []


def test_seeds_differ(landmark_text, belated_text):
    landmark, belated = frames_of(landmark_text), frames_of(belated_text)
    assert "security_and_defense" in landmark and "security_and_defense" in belated
    for text, found in ((landmark_text, landmark), (belated_text, belated)):
        for frame in found.values():
            for cue in frame.cues:
                assert text[cue.start:cue.end].strip() == text[cue.start:cue.end]
                assert cue.end > cue.start


@pytest.mark.eval
def test_frames_eval_runs(eval_root):
    from framing.evaluation import frames

    figures = frames.run(eval_root / "semeval2023", limit=15)
    assert figures["articles"] == 15
    assert 0.0 <= figures["f1"] <= 1.0
    assert set(figures["f1_per_frame"]) == MFC


def test_frames_eval_splits_by_article_id(tmp_path):
    """Articles go to 'tune' or 'report' by a hash of their id; the overall figures cover both."""
    from framing.evaluation import frames
    from framing.evaluation.actor_tone import part_of

    assert [part_of(str(i)) for i in range(1, 6)] == ["report", "tune", "report", "report", "tune"]
    (tmp_path / "train-articles-subtask-1").mkdir()
    texts = {
        "1": "Congress voted on the bill. The senator and the governor campaigned for votes.",
        "2": "Taxes rose and the budget deficit grew. The economy slowed as prices climbed.",
        "3": "Police arrested the suspect. Prosecutors charged him with murder.",
    }
    for article, text in texts.items():
        (tmp_path / "train-articles-subtask-1" / f"article{article}.txt").write_text(text, "utf-8")
    (tmp_path / "train-labels-subtask-2.txt").write_text(
        "1\tPolitical\n2\tEconomic\n3\tCrime_and_punishment,Morality\n", "utf-8")
    figures = frames.run(tmp_path)
    assert (figures["articles"], figures["tune"]["articles"], figures["report"]["articles"]) == (3, 1, 2)
    assert figures["tune"]["f1_per_frame"]["economic"] == 1.0
    assert figures["report"]["f1_per_frame"]["political"] == 1.0
    assert figures["report"]["recall"] == 0.6667  # morality is missed
    assert figures["f1_per_frame"]["crime_and_punishment"] == 1.0


# Texts written for the fast-path test: one-word cues shared by frames, longer cues at sentence ends,
# conjunctions, overlapping cues, curly apostrophes.
FAST_PATH_TEXTS = [
    "The government could ease the shortage. The Supreme Court heard the case; the court ruled. Taxes rose "
    "and the economy shrank. Police arrested the suspect after the robbery at the White House. The white",
    "We must do the right thing, the pastor told his church. Congress can’t act. Washington failed to help "
    "and officials were responsible for the delays. Gun control, gun violence and the stock market.",
    "Prices, prices, prices! The trade deficit and the deficit. Not enough beds; hospitals ran out.",
    "The colonel in charge of the attack said the heart attack was not an attack. Charges, charge, in "
    "charge. Think tank staff watched the tank. The poll: take our poll, then read the poll. In charge",
    "Drug traffickers and drug overdoses. Guns should be banned; guns should ban. It must be repealed, must "
    "repeal, must. He lives in Leeds; their lives in Leeds. A defense of the defense ministry. Lack of any",
]


def reference_frames(doc) -> list:
    """The stage without its shortcuts: every token's cue patterns tried one by one, a Span per cue."""
    from framing import frames as module
    from framing.document import Span

    lex = module._lexicon()
    words = [t.text.lower().replace("’", "'") for t in doc.tokens]
    cues: dict[int, list] = {}
    in_sentences: dict[int, set] = {}
    questions: dict[int, set] = {}
    parts: dict[tuple, dict] = {}

    def fire(rule, spans, index):
        cues.setdefault(rule.frame, []).extend(spans)
        in_sentences.setdefault(rule.frame, set()).add(index)
        if rule.question:
            questions.setdefault(rule.frame, set()).add(rule.question)

    matches = []  # (pattern id, first token, end token)
    for i, token in enumerate(doc.tokens):
        limit = doc.sentences[token.sentence].last_token
        for pid in module._candidates(words[i]):
            pattern = lex.patterns[pid]
            end = i + len(pattern)
            if end <= limit and all(module._fits(words[i + k], pattern[k]) for k in range(len(pattern))):
                matches.append((pid, i, end))
    # Exclusion phrases, tried at every token: no cue of their frame starts on their words.
    blocked = set()
    for frame_id, info in enumerate(lex.frames):
        for phrase in info.exclusions:
            for i, token in enumerate(doc.tokens):
                end = i + len(phrase)
                if end <= doc.sentences[token.sentence].last_token and all(
                        module._fits(words[i + k], phrase[k]) for k in range(len(phrase))):
                    blocked.update((k, frame_id) for k in range(i, end))
    for pid, i, end in matches:
        token = doc.tokens[i]
        span = Span(token.start, doc.tokens[end - 1].end)
        for rule_id, part in lex.uses[pid]:
            rule = lex.rules[rule_id]
            if (i, rule.frame) in blocked:
                continue
            if len(rule.parts) > 1:
                parts.setdefault((token.sentence, rule_id), {}).setdefault(part, []).append(span)
            else:
                fire(rule, [span], token.sentence)
    for (index, rule_id), found in parts.items():
        if len(found) == len(lex.rules[rule_id].parts):
            fire(lex.rules[rule_id], [span for spans in found.values() for span in spans], index)
    frames = []
    for frame_id, spans in cues.items():
        kept = []
        for span in sorted(spans, key=lambda s: (s.start, -s.end)):
            if not kept or span.start >= kept[-1].end:
                kept.append(span)
        info = lex.frames[frame_id]
        score = len(in_sentences[frame_id]) / max(len(doc.sentences), 1)
        frames.append(module.Frame(
            info.name, score, kept, info.scheme, info.label,
            len(kept), len(in_sentences[frame_id]), 100.0 * len(kept) / max(doc.words, 1),
            sorted(questions.get(frame_id, ()), key=lex.question_order.__getitem__), info.description))
    frames.sort(key=lambda f: (-f.score, -f.cue_count, f.name))
    # Present: at or above the threshold, and among the scheme's MAX_PRESENT strongest such frames.
    counted: dict[str, int] = {}
    marked = []
    for frame in frames:
        above = frame.score >= module.presence_thresholds()[frame.name]
        present = above and counted.get(frame.scheme, 0) < module.MAX_PRESENT
        counted[frame.scheme] = counted.get(frame.scheme, 0) + present
        marked.append(dataclasses.replace(frame, present=present))
    return marked


@pytest.mark.parametrize("text", FAST_PATH_TEXTS)
def test_fast_path_matches_the_reference(text):
    doc = segment(text)
    assert frame_scores(doc) == reference_frames(doc)


def test_fast_path_matches_the_reference_on_seeds(seed_texts):
    for text in seed_texts.values():
        doc = segment(text)
        assert frame_scores(doc) == reference_frames(doc)


def test_presence_thresholds_come_from_the_lexicon():
    from framing.frames import presence_thresholds

    thresholds = presence_thresholds()
    assert MFC <= set(thresholds)
    assert thresholds["morality"] == 0.02  # one moral cue is telling
    assert thresholds["health_and_safety"] == 0.1  # injury and safety words turn up in any story
    assert thresholds["political"] == 0.08  # no threshold of its own: the default
    assert thresholds["conflict"] == 0.08  # nor have the generic frames


def test_a_frame_is_present_from_its_own_threshold():
    # 1 sentence in 20 carries a cue (0.05): enough for morality (0.02), not for a frame at the default (0.08)
    filler = " ".join(f"The ferry left pier {n} at noon." for n in range(19))
    found = {f.name: f for f in frame_scores(segment("It was a sin and immoral, said the bishop. " + filler))}
    assert found["morality"].score == pytest.approx(0.05) and found["morality"].present
    found = {f.name: f for f in frame_scores(segment("The tax bill passed the budget vote. " + filler))}
    assert found["economic"].score == pytest.approx(0.05) and not found["economic"].present
    assert found["political"].score == pytest.approx(0.05) and not found["political"].present


def test_at_most_five_frames_of_a_scheme_are_present():
    # Nine MFC frames pass their thresholds in these seven sentences: only the five ranked first
    # (by score, then, on equal scores, most cues, then name) are present.
    text = ("The senator called the tax hike unfair. The court ruled the law unconstitutional. "
            "Police arrested the thief. Troops guarded the border. Voters backed the senator in the poll. "
            "The bishop led a prayer for the faithful. Refugees and families crowded the town.")
    found = {f.name: f for f in frame_scores(segment(text)) if f.scheme == "mfc"}
    present = [name for name, f in found.items() if f.present]
    above = [name for name, f in found.items() if f.score >= presence_thresholds()[name]]
    assert len(above) > 5 and len(present) == 5
    ranked = sorted(found.values(), key=lambda f: (-f.score, -f.cue_count, f.name))
    assert present == [f.name for f in ranked if f.name in above][:5]


def test_the_offensive_of_an_army_is_still_a_security_cue():
    text = "The army launched an offensive in the north."
    assert "offensive" in cue_texts(text, frames_of(text)["security_and_defense"])


def test_ambiguous_cues_no_longer_fire():
    found = frames_of("She shares the view. He defended his decision. It is safe to say they will go. "
                      "He insulted their intelligence.")
    assert "economic" not in found and "security_and_defense" not in found and "health_and_safety" not in found


def test_foreign_states_cue_external_relations():
    text = "Russia and Iran signed the deal in Tehran, angering Israel."
    found = frames_of(text)["external_regulation_and_reputation"]
    assert cue_texts(text, found) == {"russia", "iran", "tehran", "israel"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union says the new rota is not fair to night nurses.", "not fair"),
        ("Landlords should pay their fair share of the repairs.", "fair share"),
        ("Tenants want to be treated fairly by the council.", "treated fairly"),
    ],
)
def test_fair_counts_for_fairness_only_as_just_treatment(text, cue):
    assert cue_texts(text, frames_of(text)["fairness_and_equality"]) == {cue}


@pytest.mark.parametrize("text", ["The lake is fairly warm in June.", "He is owed a fair trial by a jury.",
                                  "Voters expect free and fair elections.", "The fair opened on a sunny day."])
def test_fair_in_its_other_senses_is_no_fairness_cue(text):
    assert "fairness_and_equality" not in frames_of(text)


def test_happy_is_an_attitude_not_well_being():
    assert "quality_of_life" not in frames_of("The coach said he was happy with the result.")
    text = "The survey measured the happiness of families in the valley."
    assert "happiness" in cue_texts(text, frames_of(text)["quality_of_life"])


def test_equality_of_gay_people_is_fairness():
    text = "The bakery refused to serve gay couples."
    assert cue_texts(text, frames_of(text)["fairness_and_equality"]) == {"gay"}


# --- exclusion phrases: where a cue word has another sense --------------------------------------


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("She has been in charge of the port authority since May.", "crime_and_punishment"),
        ("The clinical trial enrolled patients at 235 sites.", "crime_and_punishment"),
        ("The phase 3 trial enrolled patients at 235 sites.", "legality_constitutionality_and_jurisprudence"),
        ("The museum lets children in free of charge on Sundays.", "crime_and_punishment"),
        ("The senator died of a heart attack at his farm.", "security_and_defense"),
        ("A think tank in Vienna published the study.", "security_and_defense"),
        ("The grandmother welcomed the visitors with open arms.", "security_and_defense"),
        ("Read the privacy policy before you sign up.", "policy_prescription_and_evaluation"),
        ("He plans to visit his cousins in the spring.", "policy_prescription_and_evaluation"),
        ("Take our poll and tell us your favourite pie.", "public_opinion"),
        ("It is fair to say the weather was a letdown.", "fairness_and_equality"),
        ("The dinosaurs lived 200 billion years ago, the guide joked.", "economic"),
        ("Scientists found a new strain of the flu in pigs.", "capacity_and_resources"),
        ("Fighters of the Islamic State shelled the town.", "morality"),
        ("The senator called the report a character assassination.", "security_and_defense"),
        ("Two suspected cases of measles were reported in the valley.", "crime_and_punishment"),
        ("The candidate ran an attack ad about his rival's record.", "security_and_defense"),
        ("Global warming melted the glacier early this year.", "external_regulation_and_reputation"),
        ("The olive harvest began early in the West Bank.", "economic"),
        ("The comedian apologised for his offensive jokes about the mascot.", "security_and_defense"),
        ("Many viewers found the cartoon deeply offensive.", "security_and_defense"),
    ],
)
def test_an_exclusion_phrase_keeps_a_cue_word_from_counting(text, frame):
    assert frame not in frames_of(text)


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The mayor was charged with fraud last week.", "crime_and_punishment", "charged"),
        ("Rebels launched an attack on the air base.", "security_and_defense", "attack"),
        ("Police foiled an assassination plot by extremists.", "security_and_defense", "extremists"),
        ("Three staff members accused the manager of harassment.", "crime_and_punishment", "harassment"),
        ("The new policy on housing starts in June.", "policy_prescription_and_evaluation", "policy"),
        ("A poll of 1,000 adults found rising doubt.", "public_opinion", "poll"),
        ("The budget for the bridge is $2 billion.", "economic", "billion"),
    ],
)
def test_the_same_words_still_count_outside_their_exclusion_phrases(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


def test_an_excluded_phrase_blocks_only_its_own_frame():
    # "heart attack" is no security cue, but it is still a health cue
    text = "The coach died of a heart attack after the match."
    found = frames_of(text)
    assert "security_and_defense" not in found
    assert "health_and_safety" in found


def test_an_excluded_cue_elsewhere_in_the_sentence_still_counts():
    text = "The officer in charge said the suspect was charged with theft."
    found = frames_of(text)
    assert cue_texts(text, found["crime_and_punishment"]) >= {"charged", "suspect", "theft"}
    assert "charge" not in cue_texts(text, found["crime_and_punishment"])


def test_an_exclusion_must_be_a_phrase():
    from framing.frames import _parse

    with pytest.raises(ValueError, match="two words"):
        _parse("mfc", "[crime] Crime\ncharge\n- charge\n", [], [])


def test_a_protest_is_not_a_measure_of_public_opinion():
    # the codebook's public opinion is the general public's attitudes (polls, majorities); a protest
    # is one group's action
    assert "public_opinion" not in frames_of("Hundreds joined a protest outside the town hall.")
    found = frames_of("Public support for the scheme has fallen, a survey of voters shows.")
    assert cue_texts("Public support for the scheme has fallen, a survey of voters shows.",
                     found["public_opinion"]) >= {"public support", "survey"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A grand jury heard the evidence in closed session.", "grand jury"),
        ("The Justice Department opened a review of the contract.", "justice department"),
        ("Prosecutors asked for a delay before the trial.", "prosecutors"),
    ],
)
def test_legal_institutions_are_legality_cues(text, cue):
    found = frames_of(text)
    assert cue in cue_texts(text, found["legality_constitutionality_and_jurisprudence"])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The imam read from the Quran at Friday prayers.", "quran"),
        ("Jewish families lit candles for the holiday.", "jewish"),
        ("The Catholic parish held a vigil.", "catholic"),
        ("Hindu pilgrims bathed in the river at dawn.", "hindu"),
    ],
)
def test_every_faith_is_a_morality_cue_alike(text, cue):
    found = frames_of(text)
    assert cue in cue_texts(text, found["morality"])


# --- words in their other senses (frames5) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("She spoke in her capacity as club treasurer.", "capacity_and_resources"),
        ("The statement showed a lack of clarity about the schedule.", "capacity_and_resources"),
        ("The motion passed overwhelmingly at the annual meeting.", "capacity_and_resources"),
        ("A smile is not enough to win her over.", "capacity_and_resources"),
        ("He wrote an essay for Vanity Fair about his childhood.", "fairness_and_equality"),
        ("Equally, the second song was a letdown.", "fairness_and_equality"),
        ("They met in high school and married ten years later.", "quality_of_life"),
        ("He was deported to his home country in May.", "quality_of_life"),
        ("The engineer, who lives in Leeds, designed the bridge.", "quality_of_life"),
        ("The intelligence community briefed the committee.", "quality_of_life"),
        ("The coach mounted a spirited defense of his tactics.", "security_and_defense"),
        ("The author rushed to the defense of her editor.", "security_and_defense"),
        ("The drug traffickers were sentenced on Monday.", "health_and_safety"),
        ("He paid the price for his late arrival.", "economic"),
        ("The first order of business is the seating plan.", "economic"),
        ("The astronomers steered the space probe towards the comet.", "crime_and_punishment"),
        ("The flight landed at the international airport at dawn.", "external_regulation_and_reputation"),
    ],
)
def test_a_word_in_its_other_sense_is_no_cue(text, frame):
    assert frame not in frames_of(text)


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("Flooding overwhelmed the county's shelters.", "capacity_and_resources", "overwhelmed"),
        ("Clinics report a lack of vaccines and staff.", "capacity_and_resources", "lack of"),
        ("Women and men must be treated equally by the courts.", "fairness_and_equality", "treated equally"),
        ("Nurses are not paid equally for the same shifts.", "fairness_and_equality", "paid equally"),
        ("The new school will open in the village next year.", "quality_of_life", "school"),
        ("Families lost their homes in the flood.", "quality_of_life", "homes"),
        ("The defense ministry ordered more drones.", "security_and_defense", "defense"),
        ("Drug overdoses rose again last year.", "health_and_safety", "drug"),
        ("The price of bread doubled in a month.", "economic", "price"),
    ],
)
def test_the_same_words_still_count_in_their_frame_sense(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Assault rifles should be banned, the editorial argues.", "should be banned"),
        ("The state must repeal the curfew before the summer.", "must repeal"),
        ("Lawmakers ought to fund the clinics properly.", "ought to fund"),
        ("Vaping needs to be regulated like tobacco.", "needs to be regulated"),
    ],
)
def test_a_prescription_is_a_policy_cue(text, cue):
    found = frames_of(text)
    assert cue in cue_texts(text, found["policy_prescription_and_evaluation"])


def test_an_obligation_without_a_policy_verb_is_no_policy_cue():
    # "should" and "must" are in any argument; only with a verb of banning, regulating or funding do they prescribe
    assert "policy_prescription_and_evaluation" not in frames_of("You should visit the lake; you must see it.")


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The storm killed four people on the coast.", "crime_and_punishment", "killed"),
        ("Nine hikers were killed in the earthquake.", "crime_and_punishment", "killed"),
        ("Flood victims queued for clean water.", "crime_and_punishment", "victims"),
        ("The senators vowed to kill the bill in committee.", "crime_and_punishment", "kill"),
        ("Cuts to Social Security worry retirees.", "security_and_defense", "security"),
        ("The national security adviser resigned on Friday.", "security_and_defense", "security"),
        ("The mayor shrugged off another partisan attack from his rival.", "security_and_defense", "attack"),
        ("The agency for the protection of consumers opened an office.", "security_and_defense", "protection"),
    ],
)
def test_cue_words_in_another_sense_do_not_count(text, frame, cue):
    found = frames_of(text)
    assert frame not in found or cue not in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The gunman killed four people on the coast.", "crime_and_punishment", "killed"),
        ("Victims of the fraud asked for their savings back.", "crime_and_punishment", "victims"),
        ("Border security was tightened after the attack.", "security_and_defense", "security"),
        ("Rebels attacked the base at dawn.", "security_and_defense", "attacked"),
        ("The guards vowed to protect the embassy.", "security_and_defense", "protect"),
    ],
)
def test_the_same_words_in_the_frames_sense_still_count(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The Reformation split the church in the sixteenth century.", "policy_prescription_and_evaluation",
         "reformation"),
        ("Tehran says its nuclear program is peaceful.", "policy_prescription_and_evaluation", "program"),
        ("The two navies are strategic partners.", "policy_prescription_and_evaluation", "strategic"),
        ("The planned visit was put off until May.", "policy_prescription_and_evaluation", "planned"),
        ("Voters in the district went to the polls.", "public_opinion", "voters"),  # the electorate: political
    ],
)
def test_policy_and_opinion_words_in_another_sense_do_not_count(text, frame, cue):
    found = frames_of(text)
    assert frame not in found or cue not in cue_texts(text, found[frame])


def test_one_poll_sentence_in_twenty_is_public_opinion():
    text = "A new poll found most residents oppose the tower. " + "The council met on Tuesday. " * 19
    found = frames_of(text)
    assert found["public_opinion"].present


# --- sixth round: weak frames' words in another sense ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("Millions of voters went to the polls on Sunday.", "public_opinion", "polls"),
        ("Lines were long at the polls in the county.", "public_opinion", "polls"),
        ("Southern states once charged a poll tax to keep people from voting.", "public_opinion", "poll"),
        ("The petitioners asked the appeals court to reopen their case.", "public_opinion", "petitioners"),
        ("The senator echoed that sentiment in a radio interview.", "public_opinion", "sentiment"),
        ("The two leaders have had a strained relationship for months.", "capacity_and_resources", "strained"),
        ("Doctors fear a mutated strain of the virus.", "capacity_and_resources", "strain"),
        ("The bill bans large capacity magazines.", "capacity_and_resources", "capacity"),
        ("She served the charity in various capacities over the years.", "capacity_and_resources", "capacities"),
        ("The dealer agreed to supply rifles to the gang.", "capacity_and_resources", "supply"),
        ("The report blamed a culture of secrecy among the managers.", "cultural_identity", "culture"),
        ("The secular press covered the synod closely.", "cultural_identity", "secular"),
        ("Young readers have left the traditional media for podcasts.", "cultural_identity", "traditional"),
        ("It was all part of the plan, the rival said.", "policy_prescription_and_evaluation", "plan"),
        ("The commission's mandate expired in December.", "policy_prescription_and_evaluation", "mandate"),
        ("The inquiry went beyond its mandate.", "policy_prescription_and_evaluation", "mandate"),
        ("Parents marched a year after the school massacre.", "quality_of_life", "school"),
        ("He served ten years for crimes against children.", "quality_of_life", "children"),
        ("The senators acted like children during the hearing.", "quality_of_life", "children"),
        ("Human rights groups criticised the nomination.", "fairness_and_equality", "human rights"),
        ("The judge said the post was protected speech.", "security_and_defense", "protected"),
        ("Send tips to [email protected] before Friday.", "security_and_defense", "protected"),
    ],
)
def test_weak_frames_words_in_another_sense_do_not_count(text, frame, cue):
    found = frames_of(text)
    assert frame not in found or cue not in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("A new poll shows support for the tower falling.", "public_opinion", "poll"),
        ("More than 40,000 people signed a petition against the closure.", "public_opinion", "petition"),
        ("Anti-immigrant sentiment is rising in the suburbs.", "public_opinion", "sentiment"),
        ("The storm strained the city's water system.", "capacity_and_resources", "strained"),
        ("The hospital is running at full capacity.", "capacity_and_resources", "capacity"),
        ("The region relies on a steady supply of water from the dam.", "capacity_and_resources", "supply"),
        ("Immigrants brought their culture and their food to the town.", "cultural_identity", "culture"),
        ("The governor unveiled her climate plan on Monday.", "policy_prescription_and_evaluation", "plan"),
        ("The state dropped its mask mandate for schools.", "policy_prescription_and_evaluation", "mandate"),
        ("Rural schools are closing as families move away.", "quality_of_life", "schools"),
        ("Women are denied the same human rights as men there.", "fairness_and_equality", "human rights"),
        ("The guards protected the convoy from the rebels.", "security_and_defense", "protected"),
    ],
)
def test_weak_frames_words_still_count_in_the_frames_sense(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_an_exclusion_phrase_with_a_possessive_matches_either_apostrophe(apostrophe):
    text = f"They are all God{apostrophe}s children, the preacher said."
    found = frames_of(text)
    assert "quality_of_life" not in found or "children" not in cue_texts(text, found["quality_of_life"])


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("Three soldiers were killed in action near the river.", "crime_and_punishment", "killed"),
        ("Two pilots were killed in an airstrike on the base.", "crime_and_punishment", "killed"),
        ("Every year the disease kills thousands of children.", "crime_and_punishment", "kills"),
        ("The senator attacked Democrats over the budget.", "security_and_defense", "attacked"),
        ("Her attacks on Republicans grew sharper in the fall.", "security_and_defense", "attacks"),
        ("He only wanted to be liked by the cool kids.", "quality_of_life", "kids"),
        ("The sermon spoke of the children of Adam.", "quality_of_life", "children"),
        ("Scientists expect global temperatures to rise again.", "external_regulation_and_reputation", "global"),
        ("Experts warn that a global pandemic is a matter of time.", "external_regulation_and_reputation", "global"),
        ("The village lies north of the river.", "morality", "lies"),
        ("The island, which lies off the coast, has one airport.", "morality", "lies"),
        ("He was charged with lying to federal investigators.", "morality", "lying"),
        ("Her lawyers called the stories a smear campaign.", "political", "campaign"),
        ("The charity ran a poster campaign on the subway.", "political", "campaign"),
        ("The sect called for the establishment of a new order.", "political", "establishment"),
        ("The medical establishment was slow to accept the finding.", "political", "establishment"),
        ("The strike violated the territorial integrity of its neighbour.", "morality", "integrity"),
        ("The county jail refused to honor the federal request.", "morality", "honor"),
        ("The veteran wore his Medal of Honor to the parade.", "morality", "honor"),
        ("He helped plan the attack on the World Trade Center.", "external_regulation_and_reputation", "trade"),
        ("The union leader joined the trade union movement at nineteen.", "external_regulation_and_reputation",
         "trade"),
        ("The bishop faced disciplinary sanctions from his superiors.", "external_regulation_and_reputation",
         "sanctions"),
    ],
)
def test_seventh_round_words_in_another_sense_do_not_count(text, frame, cue):
    found = frames_of(text)
    assert frame not in found or cue not in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The man killed his neighbour after an argument.", "crime_and_punishment", "killed"),
        ("Gunmen attacked the convoy at dawn.", "security_and_defense", "attacked"),
        ("The kids in the village walk two hours to school.", "quality_of_life", "kids"),
        ("The treaty reshaped global trade between the two blocs.", "external_regulation_and_reputation", "global"),
        ("Activists say the new ID law amounts to voter suppression.", "fairness_and_equality", "voter suppression"),
        ("The purge of the rolls disenfranchised thousands of students.", "fairness_and_equality", "disenfranchised"),
        ("The minister lies about his record again and again.", "morality", "lies"),
        ("He was charged with lying to federal investigators.", "crime_and_punishment",
         "lying to federal investigators"),
        ("The senator's campaign raised two million dollars.", "political", "campaign"),
        ("Voters are angry with the Washington establishment.", "political", "establishment"),
        ("Colleagues praised the judge's integrity and fairness.", "morality", "integrity"),
        ("The mayor lied about the cost of the stadium.", "morality", "lied"),
        ("The allies agreed new sanctions on the regime.", "external_regulation_and_reputation", "sanctions"),
    ],
)
def test_seventh_round_words_still_count_in_the_frames_sense(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tenants have a right to see the contract before they sign it.", "right to"),
        ("The state argued it has the authority to close private schools.", "authority to"),
        ("Parents keep their rights to appeal the decision.", "rights to"),
    ],
)
def test_a_right_or_an_authority_to_act_is_a_legality_cue(text, cue):
    found = frames_of(text)
    legality = "legality_constitutionality_and_jurisprudence"
    assert legality in found and cue in cue_texts(text, found[legality])


@pytest.mark.parametrize(
    "text",
    [
        "It is all right to feel tired after a long week.",
        "The names are listed from right to left.",
        "Readers are right to doubt the figures.",
        "She was right to leave early.",
    ],
)
def test_right_to_in_another_sense_is_no_legality_cue(text):
    found = frames_of(text)
    assert "legality_constitutionality_and_jurisprudence" not in found


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The firm's new chief vowed to change its corporate culture.", "cultural_identity", "culture"),
        ("The board wants to create a culture where staff speak up.", "cultural_identity", "culture"),
        ("The traditional route to the summit is closed this year.", "cultural_identity", "traditional"),
        ("Newspapers lost ads to traditional rivals and new ones alike.", "cultural_identity", "traditional"),
        ("The synod cited Sacred Tradition and the writings of the saints.", "cultural_identity", "tradition"),
        ("The invasion is an assault on our country, the senator said.", "cultural_identity", "our country"),
        ("Students have called for a boycott of the cafeteria.", "public_opinion", "boycott"),
        ("The regime fell after popular protests in the capital.", "public_opinion", "popular"),
        ("She won the popular vote but lost the election.", "public_opinion", "popular"),
        ("Delegates arrived for the World Meeting of Families.", "quality_of_life", "families"),
        ("The monks offered their lives to the order.", "quality_of_life", "lives"),
        ("Run for your lives, the commentator joked.", "quality_of_life", "lives"),
        ("The smears were designed to scare the nominee.", "policy_prescription_and_evaluation", "designed to"),
        ("Congress renewed the Patriot Act for four more years.", "cultural_identity", "patriot"),
        ("The battery fired two Patriot missiles at the drone.", "cultural_identity", "patriot"),
        ("The New England Patriots won again on Sunday.", "cultural_identity", "patriots"),
        ("The tribunal heard evidence of ethnic cleansing in the valley.", "cultural_identity", "ethnic"),
        ("A driver who values his licence obeys the limit.", "cultural_identity", "values"),
        ("A driver who values his licence obeys the limit.", "morality", "values"),
    ],
)
def test_ninth_round_words_in_another_sense_do_not_count(text, frame, cue):
    found = frames_of(text)
    assert frame not in found or cue not in cue_texts(text, found[frame])


@pytest.mark.parametrize(
    ("text", "frame", "cue"),
    [
        ("The dance is part of the island's culture.", "cultural_identity", "culture"),
        ("Elders worry that the tradition will die with them.", "cultural_identity", "tradition"),
        ("Traditionalists in the party oppose the change.", "cultural_identity", "traditionalists"),
        ("The school teaches traditional values and traditional music.", "cultural_identity", "traditional values"),
        ("The town still celebrates in traditional dress each spring.", "cultural_identity", "traditional dress"),
        ("The governor remains popular with suburban women, a poll found.", "public_opinion", "popular"),
        ("Families in the valley have no running water.", "quality_of_life", "families"),
        ("Veterans marched as proud patriots on the national holiday.", "cultural_identity", "patriots"),
        ("Ethnic Uzbeks keep their own schools and newspapers.", "cultural_identity", "ethnic"),
        ("Leaders defended the country's shared values.", "cultural_identity", "values"),
        ("The floods upended the lives of thousands of farmers.", "quality_of_life", "lives"),
    ],
)
def test_ninth_round_words_still_count_in_the_frames_sense(text, frame, cue):
    found = frames_of(text)
    assert frame in found and cue in cue_texts(text, found[frame])


@pytest.mark.parametrize("text, frame, cue", [
    ("The dockers will ballot members on strike action over the pay offer.", "security_and_defense", "strike"),
    ("The nurses have been on strike since Monday over pay.", "security_and_defense", "strike"),
    ("A federal court strikes down the city's ferry levy.", "security_and_defense", "strikes"),
    ("The board said further job cuts could not be ruled out.", "legality_constitutionality_and_jurisprudence",
     "ruled"),
])
def test_a_labour_strike_and_ruling_out_are_no_frame_cues(text, frame, cue):
    found = {f.name: [text[c.start:c.end] for c in f.cues] for f in frame_scores(segment(text))}
    assert cue not in found.get(frame, [])


# --- Stop 24: the decision, thresholds re-chosen on the tuning half ---------------------------------


@pytest.mark.parametrize(
    ("first", "frame"),
    [
        ("Police arrested the driver and charged him with theft.", "crime_and_punishment"),
        ("The supreme court ruled the statute unconstitutional.", "legality_constitutionality_and_jurisprudence"),
        ("Troops and tanks massed near the border.", "security_and_defense"),
    ],
)
def test_one_sentence_in_sixteen_makes_a_legal_crime_or_security_frame(first, frame):
    # 1 sentence in 16 (0.0625): a court, an arrest or troops named once in a short story is its frame
    # (threshold 0.06, chosen on the tuning half); at the default 0.08 it was not.
    filler = " ".join(f"The ferry left pier {n} at noon." for n in range(15))
    found = frames_of(first + " " + filler)
    assert found[frame].score == pytest.approx(1 / 16)
    assert found[frame].present
    assert presence_thresholds()[frame] == 0.06
