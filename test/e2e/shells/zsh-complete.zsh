# Completes the words in $2 with the completion script $1 in an interactive zsh (through a
# pseudo-terminal, as zle needs one) and prints every candidate offered, one a line.
zmodload zsh/zpty
out=$(mktemp)
zpty z zsh -f -i
zpty -w z "PS1=''; PATH=${(q)PATH}; cd ${(q)PWD}"
zpty -w z 'autoload -U compinit; compinit -u -D'
zpty -w z "source ${(q)1}"
zpty -w z 'compadd() { local -a m; builtin compadd -O m "$@"; print -rl -- $m >>'${(q)out}'; builtin compadd "$@"; }'
zpty -w z 'print -r -- done >'${(q)out}'.ready'
for i in {1..100}; do [[ -e $out.ready ]] && break; sleep 0.05; done
zpty -w z "$2"$'\t'
# The candidates come in one burst once the completion function has run its lookups.
for i in {1..100}; do [[ -s $out ]] && break; sleep 0.05; done
sleep 0.5
sort -u $out
zpty -d z
rm -f $out $out.ready
