import { LOOKUP_COMMAND, type CompletionTree } from './tree.js';

/**
 * A native argument completer for PowerShell (Windows PowerShell 5.1 and PowerShell 7). The command
 * tree goes in as JSON; values without suggestions fall through to PowerShell's path completion.
 */
export function powershellScript(tree: CompletionTree): string {
  const { program } = tree;
  // A single-quoted here-string ends only at a line starting with '@; JSON.stringify writes one line.
  const json = JSON.stringify(tree);
  return `# ${program} completion for PowerShell. Add this line to $PROFILE:
#   ${program} completion powershell | Out-String | Invoke-Expression

Register-ArgumentCompleter -Native -CommandName ${program} -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $tree = @'
${json}
'@ | ConvertFrom-Json
  $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -le $cursorPosition } | ForEach-Object { $_.Extent.Text })
  if ($wordToComplete -ne '') { $words = @($words | Select-Object -First ($words.Count - 1)) }
  $command = $null
  $plan = 'rollout.yaml'
  for ($i = 1; $i -lt $words.Count; $i++) {
    $word = $words[$i]
    if ($word -eq '-p' -or $word -eq '--plan') { if ($i + 1 -lt $words.Count) { $plan = $words[$i + 1] } }
    elseif ($word -like '--plan=*') { $plan = $word.Substring(7) }
    elseif (-not $command -and -not $word.StartsWith('-')) { $command = $word }
  }
  $previous = if ($words.Count -gt 1) { $words[-1] } else { '' }
  $values = @()
  if (-not $command) {
    $values = @($tree.commands | ForEach-Object { $_.name }) + @($tree.options | ForEach-Object { $_.names })
  } else {
    $spec = $tree.commands | Where-Object { $_.name -eq $command }
    if (-not $spec) { return }
    $option = $spec.options | Where-Object { $_.value -and ($_.names -contains $previous) }
    if ($option) { $value = $option.value }
    elseif ($wordToComplete.StartsWith('-')) { $value = $null; $values = @($spec.options | ForEach-Object { $_.names }) }
    else { $value = $spec.args }
    if ($value.kind -eq 'choices') { $values = $value.choices }
    elseif ($value.kind -eq 'phase' -or $value.kind -eq 'location') { $values = @(& ${program} ${LOOKUP_COMMAND} "$($value.kind)s" --plan $plan 2>$null) }
    elseif ($value) { return }
  }
  $values | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
    $text = if ($_ -match '\\s') { "'$_'" } else { $_ }
    [System.Management.Automation.CompletionResult]::new($text, $_, 'ParameterValue', $_)
  }
}
`;
}
