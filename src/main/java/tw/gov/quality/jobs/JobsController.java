package tw.gov.quality.jobs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tw.gov.quality.web.NotFound;
import tw.gov.quality.web.Paging;

/**
 * {@code /jobs} (ADMIN): the batch executions, newest first, with what each read, wrote and skipped;
 * {@code /jobs/{id}}: one execution's steps, parameters and failure. While a job runs, the pages
 * reload themselves every few seconds to show its progress.
 */
@Controller
class JobsController {

	static final int PAGE_SIZE = 30;

	private final JobHistory history;

	JobsController(JobHistory history) {
		this.history = history;
	}

	@GetMapping("/jobs")
	String jobs(@RequestParam(required = false) String job, @RequestParam(defaultValue = "0") int page, Model model) {
		String name = job == null || job.isBlank() ? null : job;
		int current = Paging.consolePage(page);
		model.addAttribute("runs", history.recent(name, PAGE_SIZE, Paging.offset(current, PAGE_SIZE)));
		model.addAttribute("total", history.count(name));
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("job", name);
		model.addAttribute("jobNames", JobLabels.JOBS);
		model.addAttribute("running", history.anyRunning());
		return "jobs";
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable long id, Model model) {
		JobRun run = history.find(id).orElseThrow(() -> new NotFound("查無批次執行 #" + id));
		model.addAttribute("run", run);
		model.addAttribute("running", run.running());
		return "job";
	}

}
