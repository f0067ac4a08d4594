package dev.newsmodel.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsmodel.model.Article;
import dev.newsmodel.parser.doc.Block;
import dev.newsmodel.parser.doc.Document;
import dev.newsmodel.parser.doc.Draft;
import dev.newsmodel.parser.doc.Laps;
import dev.newsmodel.parser.doc.Layer;
import dev.newsmodel.parser.doc.Stage;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.persons.PersonStage;
import dev.newsmodel.parser.quotes.QuoteStage;
import dev.newsmodel.parser.sentences.SentenceSplitter;
import dev.newsmodel.parser.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private final Language language = Language.english();

  @Test
  void theDefaultStagesPassTheCheck() {
    List<Stage> stages = Pipeline.defaultStages(language);

    assertThat(stages)
        .extracting(Stage::name)
        .containsExactly("tokens", "sentences", "persons", "quotes", "meetings");
    Pipeline.check(stages);
  }

  @Test
  void aStageWhoseLayerNoEarlierStageProvidesIsRefusedNamingBoth() {
    List<Stage> stages =
        List.of(new Tokenizer(language), new SentenceSplitter(language), new QuoteStage(language));

    assertThatThrownBy(() -> new Pipeline(language, stages, ParserOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'quotes'")
        .hasMessageContaining("entities layer")
        .hasMessageContaining("tokens, sentences");
  }

  @Test
  void aStageBeforeTheOneItNeedsIsRefused() {
    List<Stage> stages = List.of(new SentenceSplitter(language), new Tokenizer(language));

    assertThatThrownBy(() -> Pipeline.check(stages))
        .hasMessageContaining("'sentences'")
        .hasMessageContaining("tokens layer")
        .hasMessageContaining("none");
  }

  @Test
  void twoStagesProvidingOneLayerAreRefused() {
    List<Stage> stages =
        List.of(
            new Tokenizer(language),
            new SentenceSplitter(language),
            new PersonStage(language),
            new PersonStage(language));

    assertThatThrownBy(() -> Pipeline.check(stages))
        .hasMessageContaining("entities layer")
        .hasMessageContaining("stage 'persons'");
  }

  @Test
  void aShorterPipelineYieldsAnArticleWithoutTheLaterLayers() {
    Pipeline pipeline =
        new Pipeline(
            language,
            List.of(
                new Tokenizer(language), new SentenceSplitter(language), new PersonStage(language)),
            ParserOptions.defaults());

    Article article =
        pipeline.run(draft("Ana Ruiz met Tom Berg. “We agreed,” Ruiz said."), Laps.NONE);

    assertThat(article.persons()).extracting(p -> p.name()).contains("Ana Ruiz", "Tom Berg");
    assertThat(article.quotes()).isEmpty();
    assertThat(article.meetings()).isEmpty();
  }

  @Test
  void aNewStageIsOneClassAndOneLine() {
    List<String> seen = new ArrayList<>();
    Stage counter =
        new Stage() {
          @Override
          public String name() {
            return "quote counter";
          }

          @Override
          public Set<Layer<?>> requires() {
            return Set.of(Layer.QUOTES);
          }

          @Override
          public Set<Layer<?>> provides() {
            return Set.of();
          }

          @Override
          public void apply(Document document) {
            seen.add(document.get(Layer.QUOTES).size() + " quotes");
          }
        };
    List<Stage> stages = new ArrayList<>(Pipeline.defaultStages(language));
    stages.add(counter);

    new Pipeline(language, stages, ParserOptions.defaults())
        .run(draft("“We agreed on every point of the plan,” Ana Ruiz said."), Laps.NONE);

    assertThat(seen).containsExactly("1 quotes");
  }

  private static Draft draft(String paragraph) {
    Draft draft = new Draft();
    draft.blocks().add(Block.paragraph(paragraph));
    return draft;
  }
}
