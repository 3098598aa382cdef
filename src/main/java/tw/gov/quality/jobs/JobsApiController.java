package tw.gov.quality.jobs;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.gov.quality.web.Paging;
import tw.gov.quality.web.NotFound;

/** {@code /api/jobs} (ADMIN): the batch executions as JSON. */
@RestController
@Tag(name = "批次作業")
class JobsApiController {

	private final JobHistory history;

	JobsApiController(JobHistory history) {
		this.history = history;
	}

	/** A page of executions, newest first. */
	record JobPage(long total, int page, int size, List<JobRun> runs) {
	}

	@Operation(summary = "批次執行紀錄（新到舊）", description = "job：ingestJob、consolidateJob、templateJob、deadlineCheckJob、reminderJob")
	@GetMapping("/api/jobs")
	JobPage jobs(@RequestParam(required = false) String job, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "30") int size) {
		Paging.checkApi(page, size, 200);
		String name = job == null || job.isBlank() ? null : job;
		return new JobPage(history.count(name), page, size, history.recent(name, size, Paging.offset(page, size)));
	}

	@Operation(summary = "一次批次執行：步驟、參數、進度與失敗原因")
	@GetMapping("/api/jobs/{id}")
	JobRun job(@PathVariable long id) {
		return history.find(id).orElseThrow(() -> new NotFound("查無批次執行 #" + id));
	}

}
