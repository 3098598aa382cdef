package tw.gov.quality.template;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tw.gov.quality.Folders;

/** Writes each office's template to its place under {@code output/templates/}, stamped with the run's time. */
class TemplateFileWriter implements ItemWriter<TemplateTask> {

	private static final Logger log = LoggerFactory.getLogger(TemplateFileWriter.class);

	private final ProgressTemplateWriter writer = new ProgressTemplateWriter();

	private final Folders folders;

	private final LocalDateTime generatedAt;

	TemplateFileWriter(Folders folders, LocalDateTime generatedAt) {
		this.folders = folders;
		this.generatedAt = generatedAt;
	}

	@Override
	public void write(Chunk<? extends TemplateTask> chunk) throws Exception {
		for (TemplateTask task : chunk) {
			Path target = TemplateJobConfiguration.templatePath(folders, task.period(), task.office().code());
			writer.write(task.office(), task.plan(), task.period(), task.previous(), task.tracked(), generatedAt, target);
			log.info("Template for {} {} written to {}", task.office().code(), task.period(), target);
		}
	}

}
