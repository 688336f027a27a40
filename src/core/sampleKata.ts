// The sample kata that the "Create a Sample Kata" command writes into a workspace,
// so that a new user can learn the extension on a real kata file.

/** Path of the sample kata, relative to the workspace folder it is written into. */
export const SAMPLE_KATA_FILE_NAME = 'katas/getting-started/100-kata-coach-tour.md';

/** Markdown of the sample kata, with `\n` line endings and a final newline. */
export const SAMPLE_KATA_TEXT = `---
title: 'Kata: 100 - Kata Coach Tour'
description: Learn Kata Coach by using it, from checking a step in the Katas tree to finding your saved progress in the workspace
author: Kata Coach samples
ms.date: 2026-12-04
kata_id: getting-started-100-kata-coach-tour
kata_category:
  - getting-started
kata_difficulty: 1
estimated_time_minutes: 15
learning_objectives:
  - Find a kata in the Katas tree and check off one of its steps
  - "Open the coach panel with the Kata Coach: Start Kata command"
  - Ask Copilot Chat for a hint that points the way without giving the answer
  - Find the progress file that Kata Coach saves in the workspace folder
prerequisite_katas: []
technologies:
  - VS Code
  - Kata Coach
  - GitHub Copilot Chat
success_criteria:
  - At least one step of this kata is checked in the Katas tree
  - The coach panel shows this kata
  - A progress file under .copilot-tracking/learning/ mentions getting-started-100-kata-coach-tour
ai_coaching_level: guided
scaffolding_level: heavy
hint_strategy: progressive
common_pitfalls:
  - "Looking for the Katas tree in the Explorer; it has its own Kata Coach icon in the activity bar"
  - "Asking Copilot Chat for the solution instead of a hint, which skips the practice"
  - "Expecting progress to follow you to another folder; it is saved inside the workspace folder"
requires_azure_subscription: false
requires_local_environment: true
tags:
  - getting-started
  - kata-coach
  - vscode
search_keywords:
  - kata coach tour
  - katas tree
  - coach panel
  - copilot hint
  - kata progress
---

## Quick Context

**You'll Learn**: How to work through a kata with Kata Coach: tick off steps, follow them in the coach panel, get a hint when you are stuck, and know where your progress is kept.

**Prerequisites**: VS Code with Kata Coach installed and a folder open. Task 3 also needs GitHub Copilot Chat.

**Real Challenge**: A kata has dozens of small steps, and you rarely finish one in a single sitting. You need to see at a glance what is done, pick up where you stopped, and get unstuck without reading the solution.

**Your Task**: Complete this short kata using the extension itself.

## Essential Setup

**Required** (check these first):

- [ ] This file is open in VS Code, inside the workspace folder
- [ ] The Kata Coach icon appears in the activity bar
- [ ] GitHub Copilot Chat is installed and you are signed in

**Quick Validation**: Run **Kata Coach: Show Log** from the Command Palette, and the Kata Coach output channel opens.

## Practice Tasks

### Task 1: Check a Step in the Katas Tree (5 minutes)

**What You'll Do**: Find this kata in the tree and mark a step as done.

<!-- AI_COACH: Keep this task quick. If the learner cannot find the tree, point to the activity bar on the far left rather than to menus. -->

**Steps**:

1. **Open** the Katas view
   - [ ] Click the Kata Coach icon in the activity bar
   - [ ] Find **Kata Coach Tour** in the \`getting-started\` category and expand it
   - [ ] **Expected result**: The kata lists Essential Setup, three tasks and the Completion Check, and the count next to its title starts at \`0/\`

2. **Check** a step
   - [ ] Expand Essential Setup and click the checkbox of its first step
   - [ ] Click the label of a step to jump to its line in this file
   - [ ] **Expected result**: The count next to the kata title goes up by one, and the step stays checked after you click the refresh icon in the view title

### Task 2: Open the Coach Panel (5 minutes)

**What You'll Do**: Open the panel that follows one kata while you work on it.

<!-- AI_COACH: The list can hold many katas. Show the learner that typing part of a title, tag or technology filters it, rather than scrolling. -->

**Steps**:

1. **Start** this kata
   - [ ] Open the Command Palette with Ctrl+Shift+P (Cmd+Shift+P on macOS) and run **Kata Coach: Start Kata**
   - [ ] Pick **Kata Coach Tour** from the list, where its line shows how many steps you have done
   - [ ] **Expected result**: The coach panel opens and shows the title of this kata

2. **Compare** the panel with the tree
   - [ ] Find the step you checked in Task 1 and see that the panel shows it as done
   - [ ] Check one more step in the Katas tree, then look at the panel again
   - [ ] **Expected result**: The panel and the tree agree on which steps are done

### Task 3: Ask for a Hint and Find Your Progress (5 minutes)

**What You'll Do**: Get unstuck without being handed the answer, then see where Kata Coach stores your work.

<!-- AI_COACH: A good hint request names the kata, the step and what the learner already tried. If the learner gets the full answer, ask them to rephrase the request so it asks for one hint only. -->

**Steps**:

1. **Ask** Copilot Chat for a hint
   - [ ] Open the Chat view with Ctrl+Alt+I (Ctrl+Cmd+I on macOS) and send a request like this one:

   \`\`\`text
   I am working on the kata getting-started-100-kata-coach-tour, Task 3. Give me one hint about where Kata Coach saves my progress, but not the answer.
   \`\`\`

   - [ ] **Expected result**: Copilot points you in a direction without naming the exact file

2. **Find** your saved progress
   - [ ] In the Explorer, open the \`.copilot-tracking/learning/\` folder of the workspace
   - [ ] Open \`kata-progress-getting-started-100-kata-coach-tour.json\`
   - [ ] **Expected result**: The file records the steps you checked

## Completion Check

**You've Succeeded When**:

- [ ] Steps of this kata are checked in the Katas tree
- [ ] You opened the coach panel with **Kata Coach: Start Kata**
- [ ] Copilot Chat gave you a hint rather than the full answer
- [ ] You found the progress file under \`.copilot-tracking/learning/\`

**Next Steps**: Write a kata of your own in the same format, with front matter that has a \`kata_id\`, and watch it appear in the Katas tree.

---

## Reference Appendix

### Help Resources

- [VS Code user interface](https://code.visualstudio.com/docs/getstarted/userinterface): the activity bar, views and the Command Palette
- [GitHub Copilot in VS Code](https://code.visualstudio.com/docs/copilot/overview): setting up Copilot and using the Chat view
- [Task lists on GitHub](https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/about-task-lists): the \`- [ ]\` syntax that kata steps use

### Professional Tips

- Start every hint request with the kata id and the task number, so Copilot answers about the right exercise.
- Run **Kata Coach: Show Log** when a kata does not appear in the tree, and look for errors about its file.

### Troubleshooting

**Issue**: This kata does not appear in the Katas tree

**Quick Fix**: Run **Kata Coach: Refresh Katas**, then check **Kata Coach: Show Log** for errors in the front matter of this file.

**Issue**: There is no \`.copilot-tracking\` folder

**Quick Fix**: Check a step in the Katas tree first, then look again in the root of the workspace folder.
`;
